using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// MSG-2/MSG-3 in the browser: a confirmed teacher makes a group chat with the administrator, names them
/// with «@» from the suggestion list, forwards the message, and makes an invitation link the administrator opens.
/// </summary>
public sealed class ChatExtrasJourney
{
    private const string Teacher = "Петров Иван Сергеевич";

    [Fact]
    public async Task A_teacher_mentions_forwards_and_invites_by_link() =>
        await Journey.RunAsync("chat-extras", async (server, browser) =>
        {
            var (operatorPage, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);

            // The school: class 5А and its class teacher, confirmed by the administrator.
            await admin.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы" }).ClickAsync();
            await admin.GetByLabel("Параллель").SelectOptionAsync("5");
            await admin.GetByLabel("Литера").FillAsync("А");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Добавить класс" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".chip").Filter(new() { HasText = "5А" })).ToBeVisibleAsync();
            await admin.GetByRole(AriaRole.Link, new() { Name = "Приглашения" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку" }).ClickAsync();
            var staffLink = admin.Locator(".card .tracking-link").First;
            await Assertions.Expect(staffLink).ToContainTextAsync("/join/");
            var joinUrl = await staffLink.InnerTextAsync();

            var teacher = await browser.NewPersonAsync(server.BaseUrl);
            // The teacher's realtime connection passes through a route the story can cut, like a dropped network.
            var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
            await teacher.RouteWebSocketAsync(new Regex("/hubs/events"), ws =>
            {
                var serverSide = ws.ConnectToServer();
                lock (sockets) sockets.Add((ws, serverSide));
            });
            await teacher.GotoAsync(joinUrl);
            await teacher.GetByLabel("ФИО").FillAsync(Teacher);
            await teacher.GetByLabel("Мобильный телефон").FillAsync("+7 922 111-22-33");
            await SchoolRegistrationJourney.EnterSmsCodeAsync(teacher, operatorPage);
            await teacher.GetByLabel("Пароль", new() { Exact = true }).FillAsync("teacher-pass-7");
            await teacher.GetByLabel("Повторите пароль").FillAsync("teacher-pass-7");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Присоединиться" }).ClickAsync();
            await Assertions.Expect(teacher.GetByText("Ожидает подтверждения")).ToBeVisibleAsync();

            await admin.GetByRole(AriaRole.Link, new() { Name = "Сотрудники" }).ClickAsync();
            var card = admin.Locator(".card").Filter(new() { HasText = Teacher });
            await card.GetByLabel("Должность").SelectOptionAsync(new SelectOptionValue { Label = "Классный руководитель" });
            await card.GetByLabel("5А").CheckAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "Подтвердить как учителя" }).ClickAsync();
            await Assertions.Expect(card.GetByText("Подтверждённый учитель")).ToBeVisibleAsync();

            await teacher.ReloadAsync();
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Новый чат" }).ClickAsync();
            await teacher.GetByLabel("Название", new() { Exact = true }).FillAsync("Методсовет");
            await teacher.Locator("fieldset label.choice").First.ClickAsync();
            await browser.ScreenshotAsync(teacher, "new-group-chat");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Создать группу" }).ClickAsync();
            await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "Методсовет" })).ToBeVisibleAsync();

            var composer = teacher.GetByLabel("Сообщение", new() { Exact = true });
            await composer.PressSequentiallyAsync("Коллеги, @");
            var suggestions = teacher.GetByRole(AriaRole.Listbox);
            await Assertions.Expect(suggestions).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "mention-suggestions");
            await composer.PressAsync("Enter");
            await Assertions.Expect(composer).ToHaveValueAsync(new Regex("^Коллеги, @.+ $"));
            await composer.PressSequentiallyAsync("посмотрите план");
            await composer.PressAsync("Enter");
            var sent = teacher.Locator(".message").Filter(new() { HasText = "посмотрите план" });
            await Assertions.Expect(sent.Locator("mark.mention")).ToBeVisibleAsync();

            await MessageMenu.ChooseAsync(sent, "Переслать");
            await Assertions.Expect(teacher.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            await teacher.GetByLabel("Найти чат по названию").FillAsync("Метод");
            await browser.ScreenshotAsync(teacher, "forward-dialog");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Переслать в «Методсовет»" }).ClickAsync();
            await Assertions.Expect(teacher.Locator(".forwarded-from")).ToContainTextAsync("Переслано из «Методсовет»");
            await browser.ScreenshotAsync(teacher, "forwarded");

            await teacher.GetByRole(AriaRole.Button, new() { Name = "Пригласить по ссылке" }).ClickAsync();
            await teacher.GetByLabel("Сколько человек может вступить").FillAsync("5");
            await teacher.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Создать ссылку" }).ClickAsync();
            var link = teacher.GetByLabel("Ссылка-приглашение");
            await Assertions.Expect(link).ToHaveValueAsync(new Regex("/chat-invite/"));
            await Assertions.Expect(teacher.Locator(".invite-links li")).ToHaveCountAsync(1);
            await browser.ScreenshotAsync(teacher, "invite-dialog");
            var url = await link.InputValueAsync();

            await admin.GotoAsync(url);
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Приглашение в чат" })).ToBeVisibleAsync();
            await Assertions.Expect(admin.GetByText("Методсовет")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "invite-page");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Открыть чат" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".chat-link").Filter(new() { HasText = "Методсовет" }).Locator(".mention-badge")).ToHaveCountAsync(0);
            await Assertions.Expect(admin.Locator("mark.mention-me").First).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "admin-mentioned");
        });
}
