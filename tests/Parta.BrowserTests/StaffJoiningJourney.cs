using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// ORG-4 and ID-2 in the browser: the administrator builds class 5А and a subject, creates a staff link;
/// a teacher joins through it on a phone and waits; the administrator confirms them as the class
/// teacher of 5А; the teacher sees the badge and the school's classes. The class teacher then creates
/// the class's student link, a student registers, a parent joins through the parent link and links to
/// the student, and the student confirms their parent (ID-3, ID-4).
/// </summary>
public sealed class StaffJoiningJourney
{
    [Fact]
    public async Task Administrator_builds_5A_invites_a_teacher_by_link_and_verifies_them() =>
        await Journey.RunAsync("staff-joining", async (server, browser) =>
        {
            var (operatorPage, admin, _) = await SchoolRegistrationJourney.RegisterSchoolAsync(server, browser);

            await admin.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Классов пока нет")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "structure-empty");
            await admin.GetByLabel("Параллель").SelectOptionAsync("5");
            await admin.GetByLabel("Литера").FillAsync("А");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Добавить класс" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".chip").Filter(new() { HasText = "5А" })).ToBeVisibleAsync();
            await admin.GetByLabel("Название предмета").FillAsync("Математика");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Добавить предмет" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".chip").Filter(new() { HasText = "Математика" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "structure-built");

            // ORG-3: the school's profile in its own time zone; the structure is marked complete.
            await admin.GetByRole(AriaRole.Link, new() { Name = "Профиль школы" }).ClickAsync();
            await admin.GetByLabel("Часовой пояс").SelectOptionAsync(new SelectOptionValue { Label = "Екатеринбург (UTC+5)" });
            await admin.GetByLabel("Сайт школы").FillAsync("https://school3.example.ru");
            await admin.GetByLabel("Сб").CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Сохранить профиль" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Профиль сохранён")).ToBeVisibleAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Структура готова" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Структура отмечена готовой")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "profile");

            await admin.GetByRole(AriaRole.Link, new() { Name = "Приглашения" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку" }).ClickAsync();
            var linkText = admin.Locator(".card .tracking-link").First;
            await Assertions.Expect(linkText).ToContainTextAsync("/join/");
            var joinUrl = await linkText.InnerTextAsync();
            await browser.ScreenshotAsync(admin, "staff-link");

            var teacher = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await teacher.GotoAsync(joinUrl);
            await Assertions.Expect(teacher.GetByText("МБОУ СШ № 3").First).ToBeVisibleAsync();
            await teacher.GetByLabel("ФИО").FillAsync("Петров Иван Сергеевич");
            await teacher.GetByLabel("Мобильный телефон").FillAsync("+7 922 111-22-33");
            await SchoolRegistrationJourney.EnterSmsCodeAsync(teacher, operatorPage);
            await teacher.GetByLabel("Пароль", new() { Exact = true }).FillAsync("teacher-pass-7");
            await teacher.GetByLabel("Повторите пароль").FillAsync("teacher-pass-7");
            await browser.ScreenshotAsync(teacher, "teacher-join");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Присоединиться" }).ClickAsync();
            await Assertions.Expect(teacher.GetByText("Ожидает подтверждения")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "teacher-waiting");

            await admin.GetByRole(AriaRole.Link, new() { Name = "Сотрудники" }).ClickAsync();
            var card = admin.Locator(".card").Filter(new() { HasText = "Петров Иван Сергеевич" });
            await Assertions.Expect(card.GetByText("Ждёт подтверждения")).ToBeVisibleAsync();
            await card.GetByLabel("Должность").SelectOptionAsync(new SelectOptionValue { Label = "Классный руководитель" });
            await card.GetByLabel("Математика").CheckAsync();
            await card.GetByLabel("5А").CheckAsync();
            await browser.ScreenshotAsync(admin, "verify-teacher");
            await card.GetByRole(AriaRole.Button, new() { Name = "Подтвердить как учителя" }).ClickAsync();
            await Assertions.Expect(card.GetByText("Подтверждённый учитель")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "teacher-verified");

            await teacher.ReloadAsync();
            await Assertions.Expect(teacher.GetByText("Подтверждённый учитель")).ToBeVisibleAsync();
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы" }).ClickAsync();
            await Assertions.Expect(teacher.Locator(".chip").Filter(new() { HasText = "5А" })).ToBeVisibleAsync();
            await Assertions.Expect(teacher.GetByRole(AriaRole.Button, new() { Name = "Добавить класс" })).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(teacher, "teacher-sees-classes");

            // ID-3: the class teacher brings in a student through the class's student link.
            await teacher.Locator(".chip a").Filter(new() { HasText = "5А" }).ClickAsync();
            await Assertions.Expect(teacher.GetByText("Учеников пока нет")).ToBeVisibleAsync();
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку для учеников" }).ClickAsync();
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку для родителей" }).ClickAsync();
            var studentLink = await teacher.Locator(".card").Filter(new() { HasText = "Для учеников 5А" }).Locator(".tracking-link").InnerTextAsync();
            var parentLink = await teacher.Locator(".card").Filter(new() { HasText = "Для родителей 5А" }).Locator(".tracking-link").InnerTextAsync();
            await browser.ScreenshotAsync(teacher, "class-links");
            await teacher.Locator(".card").Filter(new() { HasText = "Для родителей 5А" }).GetByRole(AriaRole.Link, new() { Name = "Распечатать QR-код" }).ClickAsync();
            var qr = teacher.GetByAltText("QR-код ссылки-приглашения");
            await Assertions.Expect(qr).ToBeVisibleAsync();
            await teacher.WaitForFunctionAsync("() => document.querySelector('img.qr')?.naturalWidth > 0");
            await browser.ScreenshotAsync(teacher, "qr-sheet");
            await teacher.GoBackAsync();

            var student = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await JoinAsync(student, studentLink, "Козлов Миша", "+7 922 333-44-55", operatorPage);
            await Assertions.Expect(student.GetByText("Вы ученик класса 5А")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(student, "student-joined");

            // ID-4: a parent joins through the parent link and says which student is their child.
            var parent = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await JoinAsync(parent, parentLink, "Козлова Анна Петровна", "+7 922 555-66-77", operatorPage);
            await parent.GetByLabel("Ваш ребёнок в классе 5А").SelectOptionAsync(new SelectOptionValue { Label = "Козлов Миша" });
            await parent.GetByLabel("Я даю согласие на обработку персональных данных").CheckAsync();
            await parent.GetByRole(AriaRole.Button, new() { Name = "Это мой ребёнок" }).ClickAsync();
            await Assertions.Expect(parent.GetByText("Козлов Миша — ждёт подтверждения")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(parent, "parent-linked");

            // ID-7: the parent sees the class teacher and the classmates' names, never a phone number.
            await parent.GetByRole(AriaRole.Link, new() { Name = "Люди" }).ClickAsync();
            await Assertions.Expect(parent.GetByText("Петров Иван Сергеевич")).ToBeVisibleAsync();
            await Assertions.Expect(parent.GetByText("+7922")).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(parent, "parent-people");
            // ID-4: the class link may have been forwarded, so the school's chats wait for the child's confirmation; the page says so.
            await parent.GetByRole(AriaRole.Link, new() { Name = "Чаты", Exact = true }).ClickAsync();
            await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Name = "Чаты откроются, когда вас подтвердят" })).ToBeVisibleAsync();
            await Assertions.Expect(parent.GetByText("Козлов Миша — ждёт подтверждения")).ToBeVisibleAsync();
            await Assertions.Expect(parent.Locator(".chat-link")).ToHaveCountAsync(0);
            await browser.ScreenshotAsync(parent, "parent-waiting-for-child");

            await student.ReloadAsync();
            await student.GetByRole(AriaRole.Button, new() { Name = "Да, это мой родитель" }).ClickAsync();
            await Assertions.Expect(student.GetByText("Козлова Анна Петровна — подтверждено")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(student, "student-confirmed-parent");
            await parent.ReloadAsync();
            await Assertions.Expect(parent.Locator(".chat-link").Filter(new() { HasText = "Информационный канал" })).ToBeVisibleAsync();
            await parent.GetByRole(AriaRole.Link, new() { Name = "Обзор" }).ClickAsync();

            await teacher.ReloadAsync();
            await Assertions.Expect(teacher.GetByText("родитель: Козлова Анна Петровна — подтверждено")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "class-members");

            // ORG-5: the administrator imports the rest of the school from a spreadsheet.
            await admin.GetByRole(AriaRole.Link, new() { Name = "Импорт" }).ClickAsync();
            var roster = "Класс;Роль;ФИО;Телефон\n6А;ученик;Новиков Лёва;+79225550001\n6А;директор;Кто-то;+79225550002\n";
            await admin.GetByLabel("Файл со списком").SetInputFilesAsync(new FilePayload { Name = "список.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(roster) });
            await admin.GetByRole(AriaRole.Button, new() { Name = "Проверить файл" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Неизвестная роль «директор»")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "import-errors");
            roster = roster.Replace("директор", "учитель");
            await admin.GetByLabel("Файл со списком").SetInputFilesAsync(new FilePayload { Name = "список.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(roster) });
            await admin.GetByRole(AriaRole.Button, new() { Name = "Проверить файл" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Будут созданы классы: 6А")).ToBeVisibleAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Применить импорт" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("отправлено приглашений — 2")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "import-applied");

            // ID-3 for the youngest: the school opens grades 1–4; a second-grader without a phone registers
            // with a parent's e-mail, and the parent confirms from the letter.
            await admin.GetByRole(AriaRole.Link, new() { Name = "Профиль школы" }).ClickAsync();
            await admin.GetByLabel("Открыть регистрацию учеников 1–4 классов").CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Сохранить профиль" }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Профиль сохранён")).ToBeVisibleAsync();
            await admin.GetByRole(AriaRole.Link, new() { Name = "Классы и предметы" }).ClickAsync();
            await admin.GetByLabel("Параллель").SelectOptionAsync("2");
            await admin.GetByLabel("Литера").FillAsync("Б");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Добавить класс" }).ClickAsync();
            await admin.Locator(".chip a").Filter(new() { HasText = "2Б" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку для учеников" }).ClickAsync();
            var youngLink = await admin.Locator(".card").Filter(new() { HasText = "Для учеников 2Б" }).Locator(".tracking-link").InnerTextAsync();

            var child = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await child.GotoAsync(youngLink);
            await child.GetByLabel("У ребёнка нет своего телефона").CheckAsync();
            await child.GetByLabel("ФИО ребёнка").FillAsync("Лисицына Варя");
            await child.GetByRole(AriaRole.Textbox, new() { Name = "E-mail родителя" }).FillAsync("lisitsyna@mail.example.ru");
            await child.GetByLabel("Пароль", new() { Exact = true }).FillAsync("varya-pass-2");
            await child.GetByLabel("Повторите пароль").FillAsync("varya-pass-2");
            await browser.ScreenshotAsync(child, "young-student-form");
            await child.GetByRole(AriaRole.Button, new() { Name = "Зарегистрироваться" }).ClickAsync();
            await Assertions.Expect(child.GetByText("Логин для входа: uchenik-")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(child, "young-student-registered");

            await operatorPage.GotoAsync("/operator/outbox");
            var letter = await operatorPage.Locator("pre").Filter(new() { HasText = "/consent/" }).First.InnerTextAsync();
            var parentOfChild = await browser.NewPersonAsync(server.BaseUrl, phone: true);
            await parentOfChild.GotoAsync(System.Text.RegularExpressions.Regex.Match(letter, @"https?://\S+/consent/[A-Za-z0-9_\-]+").Value);
            await Assertions.Expect(parentOfChild.GetByText("Лисицына Варя регистрируется как ученик 2Б класса")).ToBeVisibleAsync();
            await parentOfChild.GetByLabel("Это мой ребёнок").CheckAsync();
            await parentOfChild.GetByRole(AriaRole.Button, new() { Name = "Подтвердить регистрацию" }).ClickAsync();
            await Assertions.Expect(parentOfChild.GetByText("Регистрация подтверждена")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(parentOfChild, "parent-consent");

            // ID-6: the teacher looks at where they are signed in.
            await teacher.GetByRole(AriaRole.Link, new() { Name = "Петров Иван Сергеевич" }).ClickAsync();
            await Assertions.Expect(teacher.GetByText("Это устройство")).ToBeVisibleAsync();
            await Assertions.Expect(teacher.GetByRole(AriaRole.Link, new() { Name = "Скачать мои данные (zip)" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(teacher, "teacher-sessions");
        });

    /// <summary>A new person joins through a link: name, phone, the SMS code (read on the operators' outbox page), a password.</summary>
    internal static async Task JoinAsync(IPage page, string link, string fullName, string phone, IPage operatorPage)
    {
        await page.GotoAsync(link);
        await page.GetByLabel("ФИО").FillAsync(fullName);
        await page.GetByLabel("Мобильный телефон").FillAsync(phone);
        await SchoolRegistrationJourney.EnterSmsCodeAsync(page, operatorPage);
        await page.GetByLabel("Пароль", new() { Exact = true }).FillAsync("family-pass-3");
        await page.GetByLabel("Повторите пароль").FillAsync("family-pass-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Присоединиться" }).ClickAsync();
        await page.WaitForURLAsync("**/org/*");
    }
}
