using Microsoft.Playwright;
using static Parta.BrowserTests.ClassChatJourney;

namespace Parta.BrowserTests;

/// <summary>
/// MSG-7 in the browser: in 5А's students' chat Миша reports what Оля wrote; the class teacher finds the
/// report on the «Модерация» page, deletes the message, then restricts Оля after a second report, and Оля's
/// phone shows the restriction instead of the composer; the administrator reads the moderation log. A report
/// about the teacher's own message does not tell the teacher who made it; the administrator, who is not in the
/// chat, removes that message. Оля's phone shows the channel's member count, not the whole school.
/// </summary>
public sealed class ModerationJourney
{
    [Fact]
    public async Task A_student_reports_a_classmate_and_the_class_teacher_deletes_and_restricts_from_the_moderation_page() =>
        await Journey.RunAsync("moderation", async (server, browser) =>
        {
            var (operatorPage, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);
            var teacher = await browser.NewPersonAsync(server.BaseUrl);
            var (studentLink, _) = await ClassTeacherOf5AAsync(operatorPage, admin, teacher);
            var misha = await browser.NewPersonAsync(server.BaseUrl);
            await StaffJoiningJourney.JoinAsync(misha, studentLink, "Козлов Миша", "+7 922 333-44-55", operatorPage);
            var olya = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await StaffJoiningJourney.JoinAsync(olya, studentLink, "Смирнова Оля", "+7 922 333-44-66", operatorPage);

            await teacher.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Новый чат" }).ClickAsync();
            await teacher.GetByLabel("Для кого").SelectOptionAsync("students");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Открыть чат класса" }).ClickAsync();
            await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "5А — ученики" })).ToBeVisibleAsync();

            await olya.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await ChatLink(olya, "5А — ученики").ClickAsync();
            var olyaComposer = olya.GetByLabel("Сообщение", new() { Exact = true });
            await olyaComposer.FillAsync("Миша, ты дурак");
            await olyaComposer.PressAsync("Enter");
            await Assertions.Expect(Message(olya, "Миша, ты дурак")).ToBeVisibleAsync();

            // Миша reports it: a dialog with the reasons, then a confirmation.
            await misha.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await ChatLink(misha, "5А — ученики").ClickAsync();
            await MessageMenu.ChooseAsync(Message(misha, "Миша, ты дурак"), "Пожаловаться");
            var dialog = misha.GetByRole(AriaRole.Dialog, new() { Name = "Жалоба на сообщение" });
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await dialog.GetByLabel("Оскорбление, травля").CheckAsync();
            await dialog.GetByLabel("Комментарий (необязательно)").FillAsync("Обзывается уже третий день");
            await browser.ScreenshotAsync(misha, "report-dialog");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Отправить" }).ClickAsync();
            await Assertions.Expect(misha.GetByText("Жалоба отправлена модераторам.")).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();

            // The class teacher deletes it from the «Модерация» page.
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Модерация" }).ClickAsync();
            var report = teacher.Locator(".card").Filter(new() { HasText = "Миша, ты дурак" });
            await Assertions.Expect(report).ToContainTextAsync("Оскорбление, травля");
            await Assertions.Expect(report).ToContainTextAsync("Козлов Миша");
            await browser.ScreenshotAsync(teacher, "moderation-open-report");
            teacher.Dialog += (_, confirm) => _ = confirm.AcceptAsync();
            await report.GetByRole(AriaRole.Button, new() { Name = "Удалить сообщение" }).ClickAsync();
            await Assertions.Expect(teacher.GetByText("Сообщение удалено, жалоба рассмотрена.")).ToBeVisibleAsync();
            await Assertions.Expect(teacher.GetByText("Новых жалоб нет")).ToBeVisibleAsync();
            await Assertions.Expect(Message(olya, "Сообщение удалено")).ToBeVisibleAsync();

            // A second report arrives live on the open page; «Ограничить автора» for a day closes Оля's composer.
            await olyaComposer.FillAsync("Купи у меня фишки");
            await olyaComposer.PressAsync("Enter");

            // Without a mouse (SPEC §8): Миша answers through the message's actions menu and the composer, then
            // reports the message through the menu and the dialog, by keys alone.
            var spamMessage = Message(misha, "Купи у меня фишки").First;
            var spamMenu = spamMessage.GetByRole(AriaRole.Menu, new() { Name = "Действия с сообщением" });
            await MessageMenu.Button(spamMessage).FocusAsync();
            await misha.Keyboard.PressAsync("Enter");
            await Assertions.Expect(spamMenu.GetByRole(AriaRole.Menuitem, new() { Name = "Ответить", Exact = true })).ToBeFocusedAsync();
            await misha.Keyboard.PressAsync("Enter");
            var mishaComposer = misha.GetByLabel("Сообщение", new() { Exact = true });
            await Assertions.Expect(mishaComposer).ToBeFocusedAsync();
            await misha.Keyboard.TypeAsync("Здесь не продают");
            await misha.Keyboard.PressAsync("Enter");
            await Assertions.Expect(Message(olya, "Здесь не продают").Locator(".reply-preview")).ToContainTextAsync("Купи у меня фишки");

            await MessageMenu.Button(spamMessage).FocusAsync();
            await misha.Keyboard.PressAsync("Enter");
            await misha.Keyboard.PressAsync("End");
            await Assertions.Expect(spamMenu.GetByRole(AriaRole.Menuitem, new() { Name = "Пожаловаться", Exact = true })).ToBeFocusedAsync();
            await misha.Keyboard.PressAsync("Enter");
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog.GetByLabel("Оскорбление, травля")).ToBeFocusedAsync();
            await misha.Keyboard.PressAsync("ArrowDown");
            await misha.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(dialog.GetByLabel("Спам, реклама")).ToBeCheckedAsync();
            await misha.Keyboard.PressAsync("Tab");
            await Assertions.Expect(dialog.GetByLabel("Комментарий (необязательно)")).ToBeFocusedAsync();
            await misha.Keyboard.PressAsync("Tab");
            await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Отправить" })).ToBeFocusedAsync();
            await misha.Keyboard.PressAsync("Enter");
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            // Focus comes back to where the person was: the message's actions button.
            await Assertions.Expect(MessageMenu.Button(spamMessage)).ToBeFocusedAsync();
            var spam = teacher.Locator(".card").Filter(new() { HasText = "Купи у меня фишки" });
            await spam.GetByLabel("Срок ограничения").SelectOptionAsync(new SelectOptionValue { Label = "1 день" });
            await spam.GetByRole(AriaRole.Button, new() { Name = "Ограничить автора" }).ClickAsync();
            await Assertions.Expect(teacher.GetByText("Смирнова Оля не сможет писать в чат «5А — ученики» до")).ToBeVisibleAsync();
            await Assertions.Expect(olya.GetByText("Модератор ограничил вам отправку сообщений до")).ToBeVisibleAsync();
            await Assertions.Expect(olyaComposer).ToBeHiddenAsync();
            await browser.ScreenshotAsync(olya, "phone-restricted");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Рассмотренные" }).ClickAsync();
            await Assertions.Expect(teacher.Locator(".card")).ToHaveCountAsync(2);
            await browser.ScreenshotAsync(teacher, "moderation-resolved");

            // The administrator reads the log.
            await admin.GetByRole(AriaRole.Link, new() { Name = "Модерация" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Журнал модерации" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("ограничил(а) отправку сообщений")).ToBeVisibleAsync();
            await Assertions.Expect(admin.GetByText("удалил(а) сообщение")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "moderation-log");

            // Reports are anonymous to the reported author, even a teacher who moderates the chat; the administrator,
            // who is not in the class chat, sees who reported it and removes the message from the «Модерация» page.
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await ChatLink(teacher, "5А — ученики").ClickAsync();
            var teacherComposer = teacher.GetByLabel("Сообщение", new() { Exact = true });
            await teacherComposer.FillAsync("Кто не сдаст тетради, останется после уроков");
            await teacherComposer.PressAsync("Enter");
            await MessageMenu.ChooseAsync(Message(misha, "останется после уроков"), "Пожаловаться");
            await dialog.GetByLabel("Неприемлемое содержание").CheckAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Отправить" }).ClickAsync();
            await Assertions.Expect(misha.GetByText("Жалоба отправлена модераторам.")).ToBeVisibleAsync();
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Модерация" }).ClickAsync();
            var aboutTeacher = teacher.Locator(".card").Filter(new() { HasText = "останется после уроков" });
            await Assertions.Expect(aboutTeacher).ToContainTextAsync("Неприемлемое содержание");
            await Assertions.Expect(aboutTeacher).Not.ToContainTextAsync("Пожаловался");
            await Assertions.Expect(aboutTeacher).Not.ToContainTextAsync("Козлов Миша");
            await browser.ScreenshotAsync(teacher, "moderation-report-about-me");

            await admin.SetViewportSizeAsync(390, 844);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Новые жалобы" }).ClickAsync();
            var adminCard = admin.Locator(".card").Filter(new() { HasText = "останется после уроков" });
            await Assertions.Expect(adminCard).ToContainTextAsync("Козлов Миша");
            await Assertions.Expect(adminCard.GetByRole(AriaRole.Link, new() { Name = "Открыть в чате" })).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(admin, "phone-administrator-report");
            admin.Dialog += (_, confirm) => _ = confirm.AcceptAsync();
            await adminCard.GetByRole(AriaRole.Button, new() { Name = "Удалить сообщение" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Сообщение удалено, жалоба рассмотрена.")).ToBeVisibleAsync();
            await Assertions.Expect(Message(misha, "Сообщение удалено").Nth(1)).ToBeVisibleAsync();
            await admin.SetViewportSizeAsync(1280, 900);

            // ID-7: the channel holds the whole school; on Оля's phone its info shows the count and its administrators, not everyone.
            await olya.GetByRole(AriaRole.Link, new() { Name = "К списку чатов" }).ClickAsync();
            await ChatLink(olya, "Информационный канал").ClickAsync();
            await olya.GetByRole(AriaRole.Button, new() { Name = "О чате" }).ClickAsync();
            var info = olya.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(info.GetByText("Полный список видят администраторы чата и школы")).ToBeVisibleAsync();
            await Assertions.Expect(info.Locator(".chat-members li")).ToHaveCountAsync(1);
            await Assertions.Expect(info.GetByText("Козлов Миша")).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(olya, "phone-channel-members");

            // A session that ends (its cookie gone, as after expiry) leads to signing in again, and back to the chat.
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await ChatLink(teacher, "5А — ученики").ClickAsync();
            await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "5А — ученики" })).ToBeVisibleAsync();
            var chatUrl = teacher.Url;
            await teacher.Context.ClearCookiesAsync();
            await teacher.ReloadAsync();
            await Assertions.Expect(teacher.GetByText("Сессия закончилась")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "session-ended");
            await teacher.GetByLabel("Телефон или e-mail").FillAsync("+7 922 111-22-33");
            await teacher.GetByLabel("Пароль", new() { Exact = true }).FillAsync("teacher-pass-7");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Войти", Exact = true }).ClickAsync();
            await Assertions.Expect(teacher).ToHaveURLAsync(chatUrl);
            await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "5А — ученики" })).ToBeVisibleAsync();
        });
}
