using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// MSG-1/3/6 in the browser: an administrator opens a group chat, sends a formatted message (bold, italic, a list,
/// a link), schedules one for tomorrow morning and cancels it, edits the chat's settings and gives it a photo in
/// the info panel; looked at on a desktop and at phone width.
/// </summary>
public sealed class ChatInfoJourney
{
    [Fact]
    public async Task An_administrator_formats_schedules_and_dresses_up_a_group_chat() =>
        await Journey.RunAsync("chat-info", async (server, browser) =>
        {
            var (_, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);
            await admin.SetViewportSizeAsync(1280, 900);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Новый чат" }).ClickAsync();
            await admin.Locator("form").Filter(new() { HasText = "Создать группу" }).GetByLabel("Название").FillAsync("Совет школы");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Создать группу" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Совет школы" })).ToBeVisibleAsync();

            // Formatting: markers become bold, italic, a list and a safe link; HTML stays text.
            var composer = admin.GetByLabel("Сообщение", new() { Exact = true });
            await composer.FillAsync("**Важно**: совет в _пятницу_ <b>не html</b>\n- принести отчёты\n- план: https://example.org/plan");
            await composer.PressAsync("Enter");
            var message = admin.Locator(".message").Filter(new() { HasText = "принести отчёты" });
            await Assertions.Expect(message.Locator("strong").Filter(new() { HasText = "Важно" })).ToBeVisibleAsync();
            await Assertions.Expect(message.Locator("em")).ToHaveTextAsync("пятницу");
            await Assertions.Expect(message.Locator("ul li")).ToHaveCountAsync(2);
            await Assertions.Expect(message).ToContainTextAsync("<b>не html</b>");
            var link = message.GetByRole(AriaRole.Link, new() { Name = "https://example.org/plan" });
            await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");
            await Assertions.Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");

            // A reply quotes the formatted message as plain text, never its **markup** (ISSUE 12 item 17).
            await MessageMenu.ChooseAsync(message, "Ответить");
            await Assertions.Expect(admin.Locator(".composer-context")).ToContainTextAsync("Важно: совет в пятницу");
            await Assertions.Expect(admin.Locator(".composer-context")).Not.ToContainTextAsync("**");
            await composer.FillAsync("Отчёты — в учительскую");
            await composer.PressAsync("Enter");
            var quote = admin.Locator(".message").Filter(new() { HasText = "Отчёты — в учительскую" }).Locator(".reply-preview");
            await Assertions.Expect(quote).ToContainTextAsync("Важно: совет в пятницу");
            await Assertions.Expect(quote).Not.ToContainTextAsync("**");
            await Assertions.Expect(quote).Not.ToContainTextAsync("_пятницу_");

            // Ctrl+B wraps the selection.
            await composer.FillAsync("жирно");
            await composer.SelectTextAsync();
            await composer.PressAsync("Control+b");
            await Assertions.Expect(composer).ToHaveValueAsync("**жирно**");
            await browser.ScreenshotAsync(admin, "formatted-message");

            // Scheduled sending: tomorrow at 08:00 in the school's zone, listed above the composer, then cancelled.
            await composer.FillAsync("Напоминание: сдать отчёты");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Отправить позже" }).ClickAsync();
            var dialog = admin.GetByRole(AriaRole.Dialog, new() { Name = "Когда отправить?" });
            await Assertions.Expect(dialog).ToContainTextAsync("часовому поясу");
            await browser.ScreenshotAsync(admin, "schedule-popover");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Завтра в 08:00" }).ClickAsync();
            await Assertions.Expect(composer).ToHaveValueAsync("");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Запланировано: 1" }).ClickAsync();
            var waiting = admin.Locator(".scheduled-list li");
            await Assertions.Expect(waiting).ToContainTextAsync("Напоминание: сдать отчёты");
            await Assertions.Expect(waiting).ToContainTextAsync("08:00");
            await browser.ScreenshotAsync(admin, "scheduled-list");
            await waiting.GetByRole(AriaRole.Button, new() { Name = "Отменить" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Запланировано: 1" })).ToHaveCountAsync(0);

            // The info panel: settings, members, a photo scaled down in the browser.
            await admin.GetByRole(AriaRole.Button, new() { Name = "О чате" }).ClickAsync();
            var panel = admin.GetByRole(AriaRole.Dialog, new() { Name = "О чате" });
            await Assertions.Expect(panel.Locator(".chat-members li")).ToHaveCountAsync(1);
            await panel.GetByLabel("Описание").FillAsync("Решения совета и повестка");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".conversation-title")).ToContainTextAsync("Решения совета и повестка");
            var picture = await admin.ScreenshotAsync();
            await panel.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = picture });
            await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Удалить фото" })).ToBeVisibleAsync();
            await Assertions.Expect(admin.Locator(".conversation-title > img.chat-avatar")).ToBeVisibleAsync();
            await Assertions.Expect(admin.Locator(".chat-link img.chat-avatar")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "info-panel");

            await admin.SetViewportSizeAsync(390, 844);
            await browser.ScreenshotAsync(admin, "phone-info-panel");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Закрыть" }).ClickAsync();
            await Assertions.Expect(panel).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(admin, "phone-conversation");
        });
}
