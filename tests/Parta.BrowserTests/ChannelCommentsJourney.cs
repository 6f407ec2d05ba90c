using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// MSG-1 in the browser: the administrator posts to the information channel with comments allowed, opens the
/// post's thread (empty state, then a comment and its count under the post), deletes the comment, closes
/// comments, and looks at the thread on a phone, where it takes the whole screen.
/// </summary>
public sealed class ChannelCommentsJourney
{
    [Fact]
    public async Task The_administrator_opens_a_post_for_comments_and_the_thread_works_by_keyboard_and_on_a_phone() =>
        await Journey.RunAsync("channel-comments", async (server, browser) =>
        {
            var (_, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await admin.Locator(".chat-link").Filter(new() { HasText = "Информационный канал" }).ClickAsync();

            var composer = admin.GetByLabel("Сообщение", new() { Exact = true });
            await composer.FillAsync("В субботу — ярмарка выпечки. Что принесёте?");
            await admin.GetByLabel("Разрешить комментарии").CheckAsync();
            await composer.PressAsync("Enter");
            var post = admin.Locator(".message").Filter(new() { HasText = "ярмарка выпечки" });
            await Assertions.Expect(post.GetByRole(AriaRole.Button, new() { Name = "Закрыть комментарии" })).ToBeVisibleAsync();
            await Assertions.Expect(admin.GetByLabel("Разрешить комментарии")).Not.ToBeCheckedAsync();
            await browser.ScreenshotAsync(admin, "post-with-comments");

            await post.GetByText("Комментировать").ClickAsync();
            var panel = admin.GetByRole(AriaRole.Dialog, new() { Name = "Комментарии" });
            await Assertions.Expect(panel.GetByText("Комментариев пока нет — напишите первым")).ToBeVisibleAsync();
            await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Комментарии" })).ToBeFocusedAsync();
            await browser.ScreenshotAsync(admin, "thread-empty");
            var comment = panel.GetByLabel("Ваш комментарий");
            await comment.FillAsync("Я испеку шарлотку");
            await comment.PressAsync("Enter");
            await Assertions.Expect(panel.Locator(".comment").Filter(new() { HasText = "Я испеку шарлотку" })).ToBeVisibleAsync();
            await Assertions.Expect(post.GetByText("Комментарии (1)")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "thread-one-comment");

            await panel.Locator(".comment").First.GetByRole(AriaRole.Button, new() { Name = "Удалить комментарий", Exact = false }).ClickAsync();
            await Assertions.Expect(panel.GetByText("Комментарий удалён")).ToBeVisibleAsync();
            await Assertions.Expect(post.GetByText("Комментировать")).ToBeVisibleAsync();
            // Escape closes the thread and returns focus to the link that opened it.
            await panel.GetByLabel("Ваш комментарий").PressAsync("Escape");
            await Assertions.Expect(panel).ToBeHiddenAsync();
            await Assertions.Expect(post.GetByText("Комментировать")).ToBeFocusedAsync();
            await admin.Keyboard.PressAsync("Enter");
            await Assertions.Expect(panel.GetByText("Комментарий удалён")).ToBeVisibleAsync();

            // On a phone the thread covers the post: the administrator switches comments from the thread itself.
            await panel.GetByRole(AriaRole.Button, new() { Name = "Закрыть комментарии" }).ClickAsync();
            await Assertions.Expect(panel.GetByText("Комментарии к этому посту закрыты")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "thread-closed");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Открыть комментарии" }).ClickAsync();
            await Assertions.Expect(panel.GetByLabel("Ваш комментарий")).ToBeVisibleAsync();
            await panel.GetByLabel("Ваш комментарий").PressAsync("Escape");
            await Assertions.Expect(panel).ToBeHiddenAsync();
            await Assertions.Expect(post.GetByRole(AriaRole.Button, new() { Name = "Закрыть комментарии" })).ToBeVisibleAsync();
        });
}
