using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ORG-5: rosters as CSV or OneRoster 1.2, previewed with line-numbered errors and applied atomically.</summary>
public sealed class ImportTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Phone() => TestData.NewPhone();

    private static string[] Errors(JsonNode preview) =>
        preview["errors"]!.AsArray().Select(e => $"{e!["line"]}: {e["message"]}").ToArray();

    [Fact]
    public async Task School_roster_is_previewed_then_applied_and_people_claim_their_invitations()
    {
        var school = await factory.RegisterSchoolAsync();
        var student = Phone();
        var csv = $"""
            Класс;Роль;ФИО;Телефон;Email
            ;учитель;Соколова Анна Ивановна;{Phone()};sokolova@school.example.ru
            5А;ученик;Ершов Дима;{student};
            5 а;ученик;Попова Лиза;{Phone()};
            6-б;ученик;Волков Артём;{Phone()};
            5А;родитель;Ершова Ольга;{Phone()};ershova@mail.example.ru
            """;
        var preview = await school.PreviewRosterAsync(csv);
        Assert.Empty(Errors(preview));
        Assert.Equal(5, preview["people"]!.GetValue<int>());
        Assert.Equal(3, preview["students"]!.GetValue<int>());
        Assert.Equal(["5А", "6Б"], preview["newClasses"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Empty((await school.AdminClient.GetJsonAsync(school.Org("/classes"))).AsArray()); // a preview changes nothing

        var result = await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/imports/{preview["importId"]}/apply")), HttpStatusCode.OK);
        Assert.Equal(2, result["classesCreated"]!.GetValue<int>());
        Assert.Equal(5, result["invitationsSent"]!.GetValue<int>());
        await ApiClient.ProblemAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/imports/{preview["importId"]}/apply")), HttpStatusCode.Conflict, "import_applied");

        var client = factory.NewClient();
        var token = await factory.InvitationTokenAsync(student);
        var code = await factory.RequestCodeAsync(client, token, student);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "student-pass-5" }), HttpStatusCode.OK);
        Assert.Equal("5А", (await client.GetJsonAsync(school.Org("/family")))["studentClassName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rows_with_only_an_email_are_invited_by_email_and_claimed_with_an_emailed_code()
    {
        var school = await factory.RegisterSchoolAsync();
        var email = $"parent{Guid.NewGuid():N}@mail.example.ru";
        var preview = await school.PreviewRosterAsync($"Класс;Роль;ФИО;Телефон;Email\n5А;родитель;Белова Ирина Олеговна;;{email}\n");
        Assert.Empty(Errors(preview));
        Assert.Equal(1, preview["parents"]!.GetValue<int>());
        Assert.Equal(1, (await school.ApplyRosterAsync(preview))["invitationsSent"]!.GetValue<int>());

        var token = await factory.InvitationTokenAsync(email);
        var invitation = await factory.NewClient().GetJsonAsync($"/api/invitations/{token}");
        Assert.Null(invitation["maskedPhone"]);
        Assert.Equal("pa***@mail.example.ru", invitation["maskedEmail"]!.GetValue<string>());

        var client = factory.NewClient();
        var code = await factory.RequestCodeAsync(client, token, email);
        var wrong = code == "000000" ? "111111" : "000000";
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code = wrong, password = "parent-pass-8" }),
            HttpStatusCode.BadRequest, "validation_failed");
        var session = await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "parent-pass-8" }), HttpStatusCode.OK);
        Assert.Equal("parent", session["user"]!["organizations"]![0]!["role"]!.GetValue<string>());
        var account = factory.WithDb(db => db.Users.Single(a => a.Email == email));
        Assert.True(account.EmailConfirmed);
        Assert.Null(account.PhoneNumber);

        // The proven e-mail is the login from now on.
        var later = factory.NewClient();
        var signedIn = await later.SignInAsync(email, "parent-pass-8");
        Assert.True(signedIn["authenticated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Invited_people_who_have_not_come_in_are_listed_and_can_be_sent_again_or_withdrawn()
    {
        var school = await factory.RegisterSchoolAsync();
        var student = Phone();
        var email = $"parent{Guid.NewGuid():N}@mail.example.ru";
        await school.ApplyRosterAsync(await school.PreviewRosterAsync($"Класс;Роль;ФИО;Телефон;Email\n5А;ученик;Ершов Дима;{student};\n5А;родитель;Белова Ирина;;{email}\n"));
        var pending = (await school.AdminClient.GetJsonAsync(school.Org("/invitations"))).AsArray();
        Assert.Equal(["Белова Ирина", "Ершов Дима"], pending.Select(i => i!["fullName"]!.GetValue<string>()));
        Assert.All(pending, i => Assert.Equal("5А", i!["className"]!.GetValue<string>()));
        var studentInvitation = pending.Single(i => i!["phone"]?.GetValue<string>() == student)!["id"]!.GetValue<Guid>();
        var parentInvitation = pending.Single(i => i!["email"]?.GetValue<string>() == email)!["id"]!.GetValue<Guid>();

        // Just sent: a second press does not send a second SMS.
        await ApiClient.ProblemAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/invitations/{studentInvitation}/resend")),
            HttpStatusCode.TooManyRequests, "invitation_just_sent");
        // A week later the link has expired; the list says so, and a resend gives a new link that works while the old one does not.
        var oldToken = await factory.InvitationTokenAsync(student);
        await factory.WithDbAsync(db => db.Invitations.Where(i => i.Id == studentInvitation)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddDays(-1))));
        Assert.True((await school.AdminClient.GetJsonAsync(school.Org("/invitations"))).AsArray()
            .Single(i => i!["id"]!.GetValue<Guid>() == studentInvitation)!["expired"]!.GetValue<bool>());
        var resent = await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/invitations/{studentInvitation}/resend")), HttpStatusCode.OK);
        Assert.False(resent["expired"]!.GetValue<bool>());
        var newToken = await factory.InvitationTokenAsync(student);
        Assert.NotEqual(oldToken, newToken);
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync($"/api/invitations/{oldToken}"), HttpStatusCode.NotFound, "invitation_not_found");
        var client = factory.NewClient();
        var code = await factory.RequestCodeAsync(client, newToken, student);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{newToken}/accept", new { code, password = "student-pass-5" }), HttpStatusCode.OK);

        // Withdrawn: the link no longer opens, and nobody is left waiting.
        var parentToken = await factory.InvitationTokenAsync(email);
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Delete, school.Org($"/invitations/{parentInvitation}")), HttpStatusCode.NoContent);
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync($"/api/invitations/{parentToken}"), HttpStatusCode.NotFound, "invitation_not_found");
        Assert.Empty((await school.AdminClient.GetJsonAsync(school.Org("/invitations"))).AsArray());
        // A claimed invitation is a membership now: it cannot be withdrawn.
        await ApiClient.ProblemAsync(await school.AdminClient.SendAsync(HttpMethod.Delete, school.Org($"/invitations/{studentInvitation}")), HttpStatusCode.NotFound, "invitation_not_found");
    }

    [Fact]
    public async Task Only_the_schools_administrators_see_and_manage_its_invitations()
    {
        var school = await factory.RegisterSchoolAsync();
        await school.ApplyRosterAsync(await school.PreviewRosterAsync($"Класс;Роль;ФИО;Телефон\n5А;ученик;Ершов Дима;{Phone()}\n"));
        var invitation = (await school.AdminClient.GetJsonAsync(school.Org("/invitations")))[0]!["id"]!.GetValue<Guid>();
        var teacher = await factory.VerifiedTeacherAsync(school);
        await ApiClient.ProblemAsync(await teacher.Client.GetAsync(school.Org("/invitations")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await teacher.Client.SendAsync(HttpMethod.Post, school.Org($"/invitations/{invitation}/resend")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await teacher.Client.SendAsync(HttpMethod.Delete, school.Org($"/invitations/{invitation}")), HttpStatusCode.Forbidden, "forbidden");
        var other = await factory.RegisterSchoolAsync();
        await ApiClient.ProblemAsync(await other.AdminClient.GetAsync(school.Org("/invitations")), HttpStatusCode.NotFound, "organization_not_found");
        // Their own school's address with this school's invitation finds nothing.
        await ApiClient.ProblemAsync(await other.AdminClient.SendAsync(HttpMethod.Delete, other.Org($"/invitations/{invitation}")), HttpStatusCode.NotFound, "invitation_not_found");
        await ApiClient.ProblemAsync(await other.AdminClient.SendAsync(HttpMethod.Post, other.Org($"/invitations/{invitation}/resend")), HttpStatusCode.NotFound, "invitation_not_found");
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync(school.Org("/invitations")), HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Single((await school.AdminClient.GetJsonAsync(school.Org("/invitations"))).AsArray());
    }

    [Fact]
    public async Task Windows_1251_file_from_an_old_excel_is_understood()
    {
        var school = await factory.RegisterSchoolAsync();
        var csv = $"Класс;Роль;ФИО;Телефон\r\n7В;ученик;Жуков Семён;{Phone()}\r\n";
        var preview = await school.PreviewRosterAsync(csv, Encoding.GetEncoding(1251));
        Assert.Empty(Errors(preview));
        Assert.Equal(1, preview["students"]!.GetValue<int>());
    }

    [Fact]
    public async Task Binary_file_is_refused_clearly()
    {
        var school = await factory.RegisterSchoolAsync();
        var problem = await ApiClient.ProblemAsync(await school.UploadRosterAsync([0xFF, 0xFE, 0x00, 0x01, 0x80, 0x81, 0x00, 0x02], "list.csv"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("UTF-8", problem["errors"]!["file"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("list.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj")]
    [InlineData("list.csv", "<!DOCTYPE html>\n<html><body>Список класса</body></html>")]
    [InlineData("list.csv", "{\"users\": [{\"name\": \"Иванов\"}]}")]
    [InlineData("Список учеников.txt", "Уважаемые родители\nпросим прислать телефоны до пятницы")]
    public async Task File_that_is_not_a_table_is_called_not_csv(string fileName, string content)
    {
        var school = await factory.RegisterSchoolAsync();
        var problem = await ApiClient.ProblemAsync(await school.UploadRosterAsync(Encoding.UTF8.GetBytes(content), fileName), HttpStatusCode.BadRequest, "validation_failed");
        Assert.StartsWith("Это не CSV-файл", problem["errors"]!["file"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Excel_workbook_is_called_not_csv_rather_than_a_broken_oneroster_archive()
    {
        var school = await factory.RegisterSchoolAsync();
        var workbook = OneRoster(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));
        var problem = await ApiClient.ProblemAsync(await school.UploadRosterAsync(workbook, "список.xlsx"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.StartsWith("Это не CSV-файл, а документ Excel", problem["errors"]!["file"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Имя;Должность\nИванов;учитель", "1: В первой строке нет столбцов")]
    [InlineData("Класс;Роль;ФИО;Телефон\n5А;директор;Иванов Иван;+79120000001", "2: Неизвестная роль «директор»")]
    [InlineData("Класс;Роль;ФИО;Телефон\n5А;ученик;Иванов Иван;+74950000000", "2: телефон:")]
    [InlineData("Класс;Роль;ФИО;Телефон\nКружок шахмат;ученик;Иванов Иван;+79120000002", "2: Класс «Кружок шахмат» не найден")]
    [InlineData("Класс;Роль;ФИО;Телефон\n6Z;ученик;Иванов Иван;+79120000002", "2: «6Z» — не название класса")]
    [InlineData("Класс;Роль;ФИО;Телефон\n12А;родитель;Иванова Анна;+79120000002", "2: «12А» — не название класса")]
    [InlineData("Класс;Роль;ФИО;Телефон\n;ученик;Иванов Иван;+79120000003", "2: Для ученика и родителя укажите класс")]
    [InlineData("Класс;Роль;ФИО;Телефон\n5А;ученик;Иванов Иван;+79120000004\n5Б;ученик;Иванов Иван;8 912 000-00-04", "3: Повтор")]
    [InlineData("Класс;Роль;ФИО;Телефон\n5А;ученик;<b>Иванов</b>;+79120000005", "2: ФИО:")]
    [InlineData("Класс;Роль;ФИО;Телефон;Email\n5А;ученик;Иванов Иван;;", "2: Укажите телефон или e-mail")]
    [InlineData("Класс;Роль;ФИО;Email\n5А;родитель;Иванова Анна;anna@mail.example.ru\n5Б;родитель;Иванова Анна;Anna@Mail.Example.ru", "3: Повтор")]
    [InlineData("Класс;Роль;ФИО;Телефон;Email\n5А;родитель;Иванова Анна;;anna@", "2: e-mail:")]
    [InlineData("Класс;Роль;ФИО\n5А;ученик;Иванов Иван", "1: В первой строке нет столбцов: телефон или email")]
    public async Task Bad_lines_are_reported_by_line_and_nothing_is_kept(string csv, string expected)
    {
        var school = await factory.RegisterSchoolAsync();
        var preview = await school.PreviewRosterAsync(csv);
        Assert.Null(preview["importId"]);
        Assert.Contains(Errors(preview), e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(0, factory.WithDb(db => db.Imports.Count(i => i.OrganizationId == school.OrganizationId)));
    }

    private static byte[] OneRoster(params (string Name, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        return buffer.ToArray();
    }

    private static (string, string) Classes => ("classes.csv", "sourcedId,status,dateLastModified,title,classType\nc1,active,2026-09-01,8Б,homeroom\n");

    [Fact]
    public async Task OneRoster_zip_brings_teachers_students_and_parents_into_their_class()
    {
        var school = await factory.RegisterSchoolAsync();
        var zip = OneRoster(
            ("orgs.csv", "sourcedId,name,type\no1,МБОУ СОШ № 1,school\n"),
            Classes,
            ("users.csv", $"sourcedId,enabledUser,role,givenName,familyName,middleName,email,phone,agentSourcedIds\n" +
                $"t1,true,teacher,Мария,Орлова,Петровна,orlova@school.example.ru,{Phone()},\n" +
                $"s1,true,student,Кирилл,Сомов,,,{Phone()},p1\n" +
                $"p1,true,guardian,Елена,Сомова,Игоревна,,{Phone()},\n"),
            ("enrollments.csv", "sourcedId,classSourcedId,schoolSourcedId,userSourcedId,role\ne1,c1,o1,t1,teacher\ne2,c1,o1,s1,student\n"));
        var preview = await ApiClient.ReadAsync(await school.UploadRosterAsync(zip, "oneroster.zip"), HttpStatusCode.OK);
        Assert.Empty(Errors(preview));
        Assert.Equal("oneroster", preview["format"]!.GetValue<string>());
        Assert.Equal([1, 1, 1], new[] { "teachers", "students", "parents" }.Select(k => preview[k]!.GetValue<int>()));
        Assert.Equal(["8Б"], preview["newClasses"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Theory]
    [InlineData("users.csv", "sourcedId,role,givenName,familyName,phone\nu1,student,А,Б,+79120000010\nu1,student,В,Г,+79120000011\n", "users.csv", "Повторяется идентификатор «u1»")]
    [InlineData("enrollments.csv", "sourcedId,classSourcedId,userSourcedId,role\ne1,c404,s1,student\n", "enrollments.csv", "Класс «c404» не найден")]
    public async Task OneRoster_problems_name_the_file_and_line(string file, string content, string expectedFile, string expected)
    {
        var school = await factory.RegisterSchoolAsync();
        var files = new Dictionary<string, string>
        {
            ["classes.csv"] = Classes.Item2,
            ["users.csv"] = $"sourcedId,role,givenName,familyName,phone\ns1,student,Кирилл,Сомов,{Phone()}\n",
            ["enrollments.csv"] = "sourcedId,classSourcedId,userSourcedId,role\ne1,c1,s1,student\n",
        };
        files[file] = content;
        var preview = await ApiClient.ReadAsync(await school.UploadRosterAsync(OneRoster(files.Select(f => (f.Key, f.Value)).ToArray()), "roster.zip"), HttpStatusCode.OK);
        Assert.Contains(preview["errors"]!.AsArray(), e => e!["file"]!.GetValue<string>() == expectedFile && e["message"]!.GetValue<string>().Contains(expected));
        Assert.Null(preview["importId"]);
    }

    [Fact]
    public async Task OneRoster_without_users_csv_is_refused_with_the_missing_file()
    {
        var school = await factory.RegisterSchoolAsync();
        var preview = await ApiClient.ReadAsync(await school.UploadRosterAsync(OneRoster(Classes), "roster.zip"), HttpStatusCode.OK);
        Assert.Contains(preview["errors"]!.AsArray(), e => e!["file"]!.GetValue<string>() == "users.csv");
    }

    [Fact]
    public async Task Roster_whose_class_was_deleted_after_the_preview_is_not_applied()
    {
        var school = await factory.RegisterSchoolAsync();
        var group = (await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/classes"), new { name = "Кружок робототехники" }), HttpStatusCode.Created))["id"];
        var preview = await school.PreviewRosterAsync($"Класс;Роль;ФИО;Телефон\nКружок робототехники;ученик;Роботов Юра;{Phone()}\n");
        Assert.Empty(Errors(preview));
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Delete, school.Org($"/classes/{group}")), HttpStatusCode.NoContent);

        await ApiClient.ProblemAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/imports/{preview["importId"]}/apply")), HttpStatusCode.Conflict, "import_outdated");
        Assert.Equal(0, factory.WithDb(db => db.Invitations.Count(i => i.OrganizationId == school.OrganizationId && i.Role == Parta.Data.Entities.OrganizationRole.Student)));
    }
}
