using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// The foundation's story in a real browser, as its people live it: the first operator is created from
/// the link the server printed; a school applies with its document (on a phone-sized screen); the
/// operator approves; the administrator follows the invitation, confirms the SMS code, sets a password
/// and signs in. Every page is saved as a screenshot under artifacts/test-results/screenshots.
/// </summary>
public sealed partial class SchoolRegistrationJourney
{
    [Fact]
    public async Task School_applies_operator_approves_administrator_claims_the_account_and_signs_in() =>
        await Journey.RunAsync("school-registration", async (server, browser) =>
        {
            var (_, admin, authenticatorKey) = await RegisterSchoolAsync(server, browser);

            // Sign out, sign in again with the new password.
            await admin.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Войти", Exact = true }).First).ToBeVisibleAsync();
            await admin.GotoAsync("/login");
            await admin.GetByLabel("Телефон или e-mail").FillAsync("+7 912 345-67-89");
            await admin.GetByLabel("Пароль").FillAsync("school-pass-42");
            await browser.ScreenshotAsync(admin, "sign-in");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
            await admin.GetByLabel("Код", new() { Exact = true }).FillAsync(Totp.Code(authenticatorKey));
            await browser.ScreenshotAsync(admin, "second-factor");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Подтвердить вход" }).ClickAsync();
            await admin.WaitForURLAsync("**/org/*");
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "МБОУ СШ № 3" })).ToBeVisibleAsync();

            // The school's public page, for its own website.
            await admin.Locator("a[href^='/o/']").ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { NameRegex = SchoolName() })).ToBeVisibleAsync();
            await browser.ScreenshotAsync(admin, "public-page");
        });

    /// <summary>From the first-start link to the administrator standing in the new school's space; returns the operator's and the administrator's pages.</summary>
    public static async Task<(IPage Operator, IPage Admin, string AuthenticatorKey)> RegisterSchoolAsync(ServerProcess server, BrowserSession browser)
    {
        // 1. The first operator, from the one-time link printed on the console.
        var operatorPage = await browser.NewPersonAsync(server.BaseUrl);
        await operatorPage.GotoAsync(server.FirstOperatorLink());
        await browser.ScreenshotAsync(operatorPage, "setup-operator");
        await operatorPage.GetByLabel("ФИО").FillAsync("Смирнов Алексей Викторович");
        await operatorPage.GetByLabel("Электронная почта").FillAsync("operator@parta.example.ru");
        await operatorPage.GetByLabel("Мобильный телефон").FillAsync("+7 900 000-00-01");
        await operatorPage.GetByLabel("Пароль", new() { Exact = true }).FillAsync("operator-pass-1");
        await operatorPage.GetByLabel("Повторите пароль").FillAsync("operator-pass-1");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Создать оператора" }).ClickAsync();
        await operatorPage.WaitForURLAsync("**/operator");
        await Assertions.Expect(operatorPage.GetByText("Заявок нет")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(operatorPage, "operator-empty-queue");

        // 2. The school applies from a phone.
        var applicant = await browser.NewPersonAsync(server.BaseUrl, phone: true);
        await applicant.GotoAsync("/");
        await browser.ScreenshotAsync(applicant, "landing-phone");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Подать заявку на подключение организации" }).ClickAsync();
        await applicant.WaitForURLAsync("**/apply");
        await applicant.GetByLabel("Общеобразовательная школа").CheckAsync();
        await applicant.GetByLabel("Полное наименование").FillAsync("Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 3»");
        await applicant.GetByLabel("Краткое наименование").FillAsync("МБОУ СШ № 3");
        await applicant.GetByLabel("Субъект Российской Федерации").SelectOptionAsync(new SelectOptionValue { Label = "Кировская область" });
        await applicant.GetByLabel("Муниципальное образование").FillAsync("Котельничский район");
        await applicant.GetByLabel("Населённый пункт").FillAsync("село Юрьево");
        await applicant.GetByLabel("ФИО администратора").FillAsync("Иванова Мария Петровна");
        await applicant.GetByLabel("Мобильный телефон").FillAsync("8 912 345-67-89");
        await applicant.GetByLabel("Электронная почта").FillAsync("director@school3.example.ru");
        await applicant.GetByLabel("ИНН").FillAsync("7707083894"); // a wrong checksum first
        await applicant.GetByLabel("КПП").FillAsync("431301001");
        await applicant.GetByLabel("Документ о назначении").SetInputFilesAsync(new FilePayload
        {
            Name = "prikaz.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray(),
        });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Отправить заявку" }).ClickAsync();
        await Assertions.Expect(applicant.GetByText("Неверная контрольная сумма ИНН")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(applicant, "application-field-error");

        await applicant.GetByLabel("ИНН").FillAsync("7707083893");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Отправить заявку" }).ClickAsync();
        var trackingLink = applicant.Locator("a[href^='/track/']");
        await Assertions.Expect(trackingLink).ToBeVisibleAsync();
        await browser.ScreenshotAsync(applicant, "application-submitted");
        var trackingUrl = await trackingLink.GetAttributeAsync("href") ?? throw new InvalidOperationException("no tracking link");
        await applicant.GotoAsync(trackingUrl);
        await Assertions.Expect(applicant.GetByText("На рассмотрении")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(applicant, "tracking-pending");

        // 3. The operator reviews the document and approves.
        await operatorPage.ReloadAsync();
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = "МБОУ СШ № 3" }).ClickAsync();
        await Assertions.Expect(operatorPage.GetByText("7707083893")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(operatorPage, "operator-application-detail");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Одобрить" }).ClickAsync();
        await Assertions.Expect(operatorPage.GetByText("Одобрена").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(operatorPage, "operator-approved");

        await applicant.ReloadAsync();
        await Assertions.Expect(applicant.GetByText("Одобрена")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(applicant, "tracking-approved");

        // 4. The invitation travels by SMS; in the embedded default it is on the operators' outbox page.
        await operatorPage.GotoAsync("/operator/outbox");
        var invitationSms = operatorPage.Locator("pre").Filter(new() { HasText = "/invite/" }).First;
        var invitationLink = InviteLink().Match(await invitationSms.InnerTextAsync()).Value;
        // The operator can open the link from the card, and an SMS card's title does not read «SMS SMS».
        await Assertions.Expect(invitationSms.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", invitationLink);
        await Assertions.Expect(operatorPage.Locator(".card").Filter(new() { HasText = "(администратора). Вход: " }).Locator("h2")).ToHaveTextAsync(new Regex(@"^\s*SMS\s*$"));
        await browser.ScreenshotAsync(operatorPage, "operator-outbox");

        var admin = await browser.NewPersonAsync(server.BaseUrl, phone: true);
        await admin.GotoAsync(invitationLink);
        await Assertions.Expect(admin.GetByText("Иванова Мария Петровна")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(admin, "invitation");
        await EnterSmsCodeAsync(admin, operatorPage);
        await admin.GetByLabel("Пароль", new() { Exact = true }).FillAsync("school-pass-42");
        await admin.GetByLabel("Повторите пароль").FillAsync("school-pass-42");
        await browser.ScreenshotAsync(admin, "invitation-code-entered");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Войти в пространство школы" }).ClickAsync();
        await admin.WaitForURLAsync("**/org/*");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "МБОУ СШ № 3" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByText("Сделано шагов: 0 из 6")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(admin, "school-space");

        // ID-5: an administrator enrols an authenticator app before administering the school.
        var schoolUrl = admin.Url;
        await admin.GetByRole(AriaRole.Link, new() { Name = "Включить второй фактор" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Подключить приложение-аутентификатор" }).ClickAsync();
        // The key as a person would type it into an authenticator app.
        var authenticatorKey = (await admin.Locator("code.secret").InnerTextAsync()).Trim();
        await browser.ScreenshotAsync(admin, "authenticator-enrolment");
        await admin.GetByLabel("Код из приложения").FillAsync(Totp.Code(authenticatorKey));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Включить второй фактор" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Сохраните резервные коды")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(admin, "recovery-codes");
        await admin.GotoAsync(schoolUrl);
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "МБОУ СШ № 3" })).ToBeVisibleAsync();
        return (operatorPage, admin, authenticatorKey);
    }

    /// <summary>
    /// Presses «Получить код по SMS» on the person's page and types in the code it sent. The code is read from
    /// the operators' outbox only after the page says it was sent: read earlier, the newest code there may be
    /// the previous person's (a slow machine made exactly that mistake in CI).
    /// </summary>
    internal static async Task EnterSmsCodeAsync(IPage person, IPage operatorPage)
    {
        await person.GetByRole(AriaRole.Button, new() { Name = "Получить код по SMS" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Status).Filter(new() { HasText = "Код отправлен" })).ToBeVisibleAsync();
        await person.GetByLabel("Код из SMS").FillAsync(await LatestCodeAsync(operatorPage));
    }

    /// <summary>The SMS code most recently sent, read from the operators' outbox page (nothing leaves the machine).</summary>
    private static async Task<string> LatestCodeAsync(IPage operatorPage)
    {
        await operatorPage.GotoAsync("/operator/outbox");
        var codeSms = operatorPage.Locator("pre").Filter(new() { HasText = "код подтверждения" }).First;
        return SmsCode().Match(await codeSms.InnerTextAsync()).Groups[1].Value;
    }

    [GeneratedRegex(@"https?://\S+/invite/[A-Za-z0-9_\-]+")]
    private static partial Regex InviteLink();

    [GeneratedRegex(@"код подтверждения (\d{6})")]
    private static partial Regex SmsCode();

    [GeneratedRegex("Средняя школа № 3|МБОУ СШ № 3")]
    private static partial Regex SchoolName();
}
