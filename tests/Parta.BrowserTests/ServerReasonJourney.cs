using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// A refusal shows the server's own reason, not only «Проверьте введённые данные»: the administrator of a
/// school whose grades 1–4 are closed asks for a grade-3 student link and reads why it is not made.
/// </summary>
public sealed class ServerReasonJourney
{
    [Fact]
    public async Task A_grade_3_link_while_grades_1_to_4_are_closed_says_why_at_desktop_and_phone_size() =>
        await Journey.RunAsync("server-reason", async (server, browser) =>
        {
            var (_, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы" }).ClickAsync();
            await admin.GetByLabel("Параллель").SelectOptionAsync("3");
            await admin.GetByLabel("Литера").FillAsync("В");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Добавить класс" }).ClickAsync();
            await admin.Locator(".chip a").Filter(new() { HasText = "3В" }).ClickAsync();

            await admin.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку для учеников" }).ClickAsync();

            var alert = admin.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Регистрация учеников 1–4 классов закрыта" });
            await Assertions.Expect(alert).ToContainTextAsync("её открывает администратор в профиле школы");
            await Assertions.Expect(admin.GetByText("Проверьте введённые данные")).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(admin, "grade-3-link-refused");
            await admin.SetViewportSizeAsync(390, 844);
            await Assertions.Expect(alert).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "grade-3-link-refused-phone");
        });
}
