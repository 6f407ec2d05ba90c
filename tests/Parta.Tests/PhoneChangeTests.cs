using System.Net;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ID-6: changing the phone takes a code from the current number and one from the new number.</summary>
public sealed class PhoneChangeTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static string Other(string code) => code == "000000" ? "111111" : "000000";

    /// <summary>Asks for the codes and reads them: the current phone's (null without one) and the new phone's.</summary>
    private async Task<(string? CurrentCode, string NewCode)> RequestCodesAsync(ApiClient client, string? currentPhone, string newPhone, string? typed = null)
    {
        var sent = await ApiClient.ReadAsync(await client.PostJsonAsync("/api/account/phone/codes", new { newPhone = typed ?? newPhone }), HttpStatusCode.OK);
        Assert.Equal(currentPhone is null, sent["maskedCurrentPhone"] is null);
        return (currentPhone is null ? null : await factory.LatestCodeAsync(currentPhone), await factory.LatestCodeAsync(newPhone));
    }

    private static Task<HttpResponseMessage> ConfirmAsync(ApiClient client, string newPhone, string? currentPhoneCode, string newPhoneCode) =>
        client.PostJsonAsync("/api/account/phone", new { newPhone, currentPhoneCode, newPhoneCode });

    private string? PhoneOf(Credentials credentials) =>
        factory.WithDb(db => db.Users.Single(a => a.UserName == credentials.Login || a.Email == credentials.Login || a.PhoneNumber == credentials.Login).PhoneNumber);

    [Fact]
    public async Task Phone_changes_with_both_codes_and_then_only_the_new_number_signs_in()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        var newPhone = TestData.NewPhone();
        var (currentCode, newCode) = await RequestCodesAsync(teacher.Client, teacher.Credentials.Login, newPhone, typed: "8 " + newPhone[2..]);
        var session = await ApiClient.ReadAsync(await ConfirmAsync(teacher.Client, newPhone, currentCode, newCode), HttpStatusCode.OK);
        Assert.True(session["authenticated"]!.GetValue<bool>());

        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync("/api/session/sign-in",
            new { login = teacher.Credentials.Login, password = teacher.Credentials.Password }), HttpStatusCode.Unauthorized, "invalid_credentials");
        var signedIn = await factory.NewClient().SignInAsync(newPhone, teacher.Credentials.Password);
        Assert.True(signedIn["authenticated"]!.GetValue<bool>());

        // Used codes are spent, and the old number is free for someone else to register.
        await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, TestData.NewPhone(), currentCode, newCode), HttpStatusCode.BadRequest, "validation_failed");
        var link = (await school.CreateStaffLinkAsync())["token"]!.GetValue<string>();
        var newcomer = factory.NewClient();
        var code = await factory.RequestJoinCodeAsync(newcomer, link, teacher.Credentials.Login);
        await ApiClient.ReadAsync(await newcomer.PostJsonAsync($"/api/join/{link}",
            new { fullName = "Новикова Вера", phone = teacher.Credentials.Login, code, password = "newcomer-pass-1" }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_code_from_the_current_phone_or_from_the_new_phone_changes_nothing()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        var newPhone = TestData.NewPhone();
        var (currentCode, newCode) = await RequestCodesAsync(teacher.Client, teacher.Credentials.Login, newPhone);

        var wrongCurrent = await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, newPhone, Other(currentCode!), newCode), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("Неверный код", wrongCurrent["errors"]!["currentPhoneCode"]![0]!.GetValue<string>());
        Assert.Null(wrongCurrent["errors"]!["newPhoneCode"]);
        var wrongNew = await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, newPhone, currentCode, Other(newCode)), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("Неверный код", wrongNew["errors"]!["newPhoneCode"]![0]!.GetValue<string>());
        // The new phone's code does not stand in for the current one's.
        await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, newPhone, newCode, newCode), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(teacher.Credentials.Login, PhoneOf(teacher.Credentials));

        await ApiClient.ReadAsync(await ConfirmAsync(teacher.Client, newPhone, currentCode, newCode), HttpStatusCode.OK);
        Assert.Equal(newPhone, PhoneOf(teacher.Credentials with { Login = newPhone }));
    }

    [Fact]
    public async Task A_phone_request_answers_alike_for_a_taken_and_a_free_number_and_the_conflict_shows_only_after_its_code()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        // Another school's administrator: the number belongs to an account the teacher shares nothing with.
        var elsewhere = (await factory.RegisterSchoolAsync()).Admin.Login;
        var free = await ApiClient.ReadAsync(await teacher.Client.PostJsonAsync("/api/account/phone/codes", new { newPhone = TestData.NewPhone() }), HttpStatusCode.OK);
        var taken = await ApiClient.ReadAsync(await teacher.Client.PostJsonAsync("/api/account/phone/codes", new { newPhone = elsewhere }), HttpStatusCode.OK);
        Assert.Equal(free.ToJsonString(), taken.ToJsonString());
        var (currentCode, takenCode) = (await factory.LatestCodeAsync(teacher.Credentials.Login), await factory.LatestCodeAsync(elsewhere));

        // Without the number's own code nothing is said about it either.
        var guessed = await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, elsewhere, currentCode, Other(takenCode)), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("Неверный код", guessed["errors"]!["newPhoneCode"]![0]!.GetValue<string>());
        // With it, the caller holds that phone and may hear why it cannot be theirs.
        var problem = await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, elsewhere, currentCode, takenCode), HttpStatusCode.Conflict, "phone_taken");
        Assert.Contains("другому аккаунту", problem["title"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await teacher.Client.PostJsonAsync("/api/account/phone/codes", new { newPhone = teacher.Credentials.Login }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(teacher.Credentials.Login, PhoneOf(teacher.Credentials));
        Assert.Equal(elsewhere, PhoneOf(new Credentials(elsewhere, "")));
    }

    [Fact]
    public async Task Five_wrong_codes_end_them_and_even_the_right_ones_no_longer_work()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        var newPhone = TestData.NewPhone();
        var (currentCode, newCode) = await RequestCodesAsync(teacher.Client, teacher.Credentials.Login, newPhone);

        JsonNode problem = new JsonObject();
        for (var attempt = 1; attempt <= 5; attempt++)
            problem = await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, newPhone, Other(currentCode!), Other(newCode)),
                HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("новый код", problem["errors"]!["currentPhoneCode"]![0]!.GetValue<string>());
        Assert.Contains("новый код", problem["errors"]!["newPhoneCode"]![0]!.GetValue<string>());

        await ApiClient.ProblemAsync(await ConfirmAsync(teacher.Client, newPhone, currentCode, newCode), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(teacher.Credentials.Login, PhoneOf(teacher.Credentials));
        var (freshCurrent, freshNew) = await RequestCodesAsync(teacher.Client, teacher.Credentials.Login, newPhone);
        await ApiClient.ReadAsync(await ConfirmAsync(teacher.Client, newPhone, freshCurrent, freshNew), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Account_without_a_phone_sets_one_with_the_new_numbers_code_alone()
    {
        var school = await factory.RegisterSchoolAsync();
        var (parent, credentials) = await factory.EmailOnlyParentAsync(school);
        var newPhone = TestData.NewPhone();
        var (currentCode, newCode) = await RequestCodesAsync(parent, null, newPhone);
        Assert.Null(currentCode);
        await ApiClient.ProblemAsync(await ConfirmAsync(parent, newPhone, null, Other(newCode)), HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ReadAsync(await ConfirmAsync(parent, newPhone, null, newCode), HttpStatusCode.OK);

        Assert.Equal(newPhone, PhoneOf(credentials));
        Assert.True((await factory.NewClient().SignInAsync(newPhone, credentials.Password))["authenticated"]!.GetValue<bool>());
        Assert.True((await factory.NewClient().SignInAsync(credentials.Login, credentials.Password))["authenticated"]!.GetValue<bool>());
    }
}
