using Microsoft.Playwright;
using static Parta.BrowserTests.ClassChatJourney;

namespace Parta.BrowserTests;

/// <summary>
/// MSG-7 in the browser: in 5А's students' chat Миша reports what Оля wrote; the class teacher finds the
/// report on the «Модерация» page, deletes the message, then restricts Оля after a second report, and Оля's
/// phone shows the restriction instead of the composer; the administrator reads the moderation log.
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
            await Message(misha, "Миша, ты дурак").GetByRole(AriaRole.Button, new() { Name = "Пожаловаться" }).ClickAsync();
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
            await Message(misha, "Купи у меня фишки").GetByRole(AriaRole.Button, new() { Name = "Пожаловаться" }).ClickAsync();
            await dialog.GetByLabel("Спам, реклама").CheckAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Отправить" }).ClickAsync();
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
        });
}
