using System.Text;
using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// Issue 12, items 13–16, on a phone: the administrator's overview counts the launch steps from the school
/// as it is; the profile's address, site and e-journal reach the public page and a student's overview; an
/// import's mistakes are named («это не CSV-файл», «6Z»), its invited people wait on the people page with
/// resend and revoke; closing a student's access asks first, and the student then sees why they are out.
/// </summary>
public sealed class SchoolAdministrationJourney
{
    [Fact]
    public async Task Administrator_sees_progress_follows_up_an_import_and_closes_a_students_access() =>
        await Journey.RunAsync("school-administration", async (server, browser) =>
        {
            var (operatorPage, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);
            await Assertions.Expect(admin.GetByText("Сделано шагов: 0 из 6")).ToBeVisibleAsync();
            await Assertions.Expect(admin.GetByText("следующий шаг")).ToHaveCountAsync(1);
            await browser.ScreenshotAsync(admin, "admin-overview-start");

            await admin.GetByRole(AriaRole.Link, new() { Name = "Профиль школы", Exact = true }).ClickAsync();
            await admin.GetByLabel("Адрес").FillAsync("село Юрьево, ул. Школьная, 1");
            await admin.GetByLabel("Сайт школы").FillAsync("https://school3.example.ru");
            await admin.GetByLabel("Электронный журнал").FillAsync("https://journal.example.ru/school3");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Сохранить профиль" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Профиль сохранён")).ToBeVisibleAsync();
            await admin.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы", Exact = true }).ClickAsync();
            await admin.GetByLabel("Параллель").SelectOptionAsync("5");
            await admin.GetByLabel("Литера").FillAsync("А");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Добавить класс" }).ClickAsync();
            await admin.Locator(".chip a").Filter(new() { HasText = "5А" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку для учеников" }).ClickAsync();
            var studentLink = await admin.Locator(".card").Filter(new() { HasText = "Для учеников 5А" }).Locator(".tracking-link").InnerTextAsync();

            await admin.GetByRole(AriaRole.Link, new() { Name = "Обзор" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Сделано шагов: 1 из 6")).ToBeVisibleAsync();
            await Assertions.Expect(admin.GetByText("Классов: 1, предметов: 0.")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "admin-overview-progress");
            var publicPath = await admin.Locator(".tracking-link a").GetAttributeAsync("href");

            // RUN-5: the student's overview says what they can do and where the school's e-journal is.
            var student = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await StaffJoiningJourney.JoinAsync(student, studentLink, "Козлов Миша", "+7 922 333-44-55", operatorPage);
            await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Что можно делать сейчас" })).ToBeVisibleAsync();
            await Assertions.Expect(student.GetByRole(AriaRole.Link, new() { Name = "https://journal.example.ru/school3" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(student, "student-overview");

            // ORG-5: what is not a roster is called so; a class that cannot exist is named.
            await admin.GetByRole(AriaRole.Link, new() { Name = "Импорт" }).ClickAsync();
            await UploadAsync(admin, "список.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj");
            await Assertions.Expect(admin.GetByText("Это не CSV-файл")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "import-not-csv");
            await UploadAsync(admin, "список.csv", "Класс;Роль;ФИО;Телефон\n6Z;ученик;Новиков Лёва;+79225550001\n");
            await Assertions.Expect(admin.GetByText("«6Z» — не название класса")).ToBeVisibleAsync();
            await UploadAsync(admin, "список.csv", "Класс;Роль;ФИО;Телефон\n5А;ученик;Новиков Лёва;+79225550001\n");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Применить импорт" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("отправлено приглашений — 1")).ToBeVisibleAsync();

            await admin.GetByRole(AriaRole.Link, new() { Name = "Люди" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Приглашены, ещё не вошли (1)" })).ToBeVisibleAsync();
            var invited = admin.Locator(".card").Filter(new() { HasText = "Новиков Лёва" });
            await Assertions.Expect(invited.GetByText("класс 5А")).ToBeVisibleAsync();
            await invited.GetByRole(AriaRole.Button, new() { Name = "Отправить снова" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Приглашение только что отправлено")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "people-invitations");

            // ID-8: closing access asks first and says what happens.
            var member = admin.Locator(".card").Filter(new() { HasText = "Козлов Миша" });
            await member.GetByRole(AriaRole.Button, new() { Name = "Закрыть доступ" }).ClickAsync();
            var dialog = admin.GetByRole(AriaRole.Dialog, new() { Name = "Закрыть доступ для Козлов Миша?" });
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "close-access-confirm");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Закрыть доступ" }).ClickAsync();
            await Assertions.Expect(member.GetByText("Доступ закрыт")).ToBeVisibleAsync();
            await Assertions.Expect(member.GetByRole(AriaRole.Button, new() { Name = "Вернуть доступ" })).ToBeVisibleAsync();

            await student.ReloadAsync();
            await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Доступ к пространству школы закрыт" })).ToBeVisibleAsync();
            await Assertions.Expect(student.GetByText("Организация не найдена")).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(student, "student-access-closed");

            // ORG-6: the public page tells where the school is and links its site.
            var visitor = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await visitor.GotoAsync(publicPath!);
            await Assertions.Expect(visitor.GetByText("село Юрьево, ул. Школьная, 1")).ToBeVisibleAsync();
            await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "https://school3.example.ru" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(visitor, "public-page");
        });

    private static async Task UploadAsync(IPage admin, string name, string content)
    {
        await admin.GetByLabel("Файл со списком").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = Encoding.UTF8.GetBytes(content) });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Проверить файл" }).ClickAsync();
    }
}
