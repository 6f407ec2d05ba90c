using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// RUN-1 in the browser: the administrator opens «План внедрения» before the structure is built and is told what
/// to do; marks the structure built in the profile; the plan then shows four stages with their deadlines and the
/// chats the structure proposes; stage 1 is completed with one keyboard press, its chat with all staff holds the
/// confirmed class teacher, and the stage reads «Выполнен» — on a desktop and on a phone.
/// </summary>
public sealed class RolloutJourney
{
    [Fact]
    public async Task Administrator_opens_the_rollout_plan_and_completes_stage_one() =>
        await Journey.RunAsync("rollout", async (server, browser) =>
        {
            var (operatorPage, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);
            var teacher = await browser.NewPersonAsync(server.BaseUrl);
            await ClassChatJourney.ClassTeacherOf5AAsync(operatorPage, admin, teacher);
            await admin.SetViewportSizeAsync(1280, 800);

            var plan = admin.GetByRole(AriaRole.Link, new() { Name = "План внедрения" });
            await plan.ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "План начнётся, когда структура будет готова" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "rollout-empty");

            await admin.GetByRole(AriaRole.Link, new() { Name = "Профиль школы: «Структура готова»" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Структура готова" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Структура отмечена готовой")).ToBeVisibleAsync();
            await plan.ClickAsync();

            var stage1 = admin.GetByRole(AriaRole.Region, new() { Name = "Этап 1. Руководящий состав с участниками образовательных отношений" });
            await Assertions.Expect(stage1).ToContainTextAsync("Чаты этапа: создано 0 из 1");
            await Assertions.Expect(stage1).ToContainTextAsync("Осталось дней: 3");
            await Assertions.Expect(stage1).ToContainTextAsync("Создайте в структуре группу «Администрация»");
            await Assertions.Expect(admin.GetByRole(AriaRole.Region, new() { Name = "Этап 3. Педагоги с обучающимися 5–7 классов и их родителями" }))
                .ToContainTextAsync("5А — ученики");
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveCountAsync(4);
            await browser.ScreenshotAsync(admin, "rollout-plan");

            // By keyboard: focus the stage's button and press Enter.
            var create = stage1.GetByRole(AriaRole.Button, new() { Name = "Создать чаты этапа 1" });
            await create.FocusAsync();
            await admin.Keyboard.PressAsync("Enter");
            await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Чаты этапа 1 созданы" })).ToBeVisibleAsync();
            await Assertions.Expect(stage1).ToContainTextAsync("Выполнен");
            await Assertions.Expect(stage1).ToContainTextAsync("Чаты этапа: создано 1 из 1");
            await Assertions.Expect(stage1).ToContainTextAsync("участников: 2");
            await Assertions.Expect(create).ToBeHiddenAsync();
            await stage1.Locator("li").Filter(new() { HasText = "Директор с педагогическим коллективом" })
                .GetByText("Содержание коммуникаций", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(stage1).ToContainTextAsync("план работы организации по основным видам деятельности");
            await browser.ScreenshotAsync(admin, "rollout-stage1-done");

            // The teacher finds the chat with all staff, with what it is for.
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await Assertions.Expect(ClassChatJourney.ChatLink(teacher, "Педагогический коллектив")).ToBeVisibleAsync();

            await admin.SetViewportSizeAsync(390, 844);
            await admin.ReloadAsync();
            await Assertions.Expect(stage1).ToContainTextAsync("Выполнен");
            await browser.ScreenshotAsync(admin, "phone-rollout-plan");
        });
}
