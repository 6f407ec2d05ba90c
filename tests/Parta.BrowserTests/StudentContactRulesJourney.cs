using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// BEY-3 in the browser: the administrator finds the school's rules for reaching students in the school's profile,
/// switches classmates' direct chats off and puts the parents into staff members' chats with students by keyboard
/// alone, on a desktop and on a phone; the choice is kept.
/// </summary>
public sealed class StudentContactRulesJourney
{
    [Fact]
    public async Task Administrator_sets_the_schools_rules_for_reaching_students_by_keyboard() =>
        await Journey.RunAsync("student-contact-rules", async (server, browser) =>
        {
            var (_, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);
            await admin.SetViewportSizeAsync(1280, 800);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Профиль школы", Exact = true }).ClickAsync();
            var rules = admin.GetByRole(AriaRole.Group, new() { Name = "Переписка с учениками" });
            var classmates = rules.GetByLabel("Одноклассники могут писать друг другу в личных чатах");
            var companion = rules.GetByRole(AriaRole.Group, new() { Name = "Личная переписка сотрудника с учеником" });
            await Assertions.Expect(classmates).ToBeCheckedAsync();
            await Assertions.Expect(companion.GetByLabel("Один на один")).ToBeCheckedAsync();

            await classmates.FocusAsync();
            await admin.Keyboard.PressAsync("Space");
            await Assertions.Expect(classmates).Not.ToBeCheckedAsync();
            await admin.Keyboard.PressAsync("Tab");
            await Assertions.Expect(companion.GetByLabel("Один на один")).ToBeFocusedAsync();
            await admin.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(companion.GetByLabel("Вместе с родителями ученика (подтверждёнными)")).ToBeCheckedAsync();
            await browser.ScreenshotAsync(admin, "profile-student-rules");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Сохранить профиль" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Профиль сохранён")).ToBeVisibleAsync();

            await admin.SetViewportSizeAsync(390, 844);
            await admin.ReloadAsync();
            await Assertions.Expect(classmates).Not.ToBeCheckedAsync();
            await Assertions.Expect(companion.GetByLabel("Вместе с родителями ученика (подтверждёнными)")).ToBeCheckedAsync();
            await browser.ScreenshotAsync(admin, "phone-profile-student-rules");
        });
}
