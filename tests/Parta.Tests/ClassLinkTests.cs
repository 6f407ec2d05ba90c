using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ID-3 and ID-4: class links for students and parents, parents linking to their children.</summary>
public sealed class ClassLinkTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Class_teacher_brings_in_a_student_and_a_parent_who_links_to_the_child_and_the_child_confirms()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var studentToken = await setup.ClassLinkAsync("classStudents");
        var parentToken = await setup.ClassLinkAsync("classParents");
        var info = await factory.NewClient().GetJsonAsync($"/api/join/{studentToken}");
        Assert.Equal("5А", info["className"]!.GetValue<string>());

        var (student, _) = await factory.JoinByLinkAsync(studentToken, "Козлов Миша");
        var studentSession = await student.SessionAsync();
        Assert.Equal("student", studentSession["user"]!["organizations"]![0]!["role"]!.GetValue<string>());
        var (parent, _) = await factory.JoinByLinkAsync(parentToken, "Козлова Анна Петровна");

        var family = await parent.GetJsonAsync(setup.School.Org("/family"));
        var child = family["parentOf"]![0]!["students"]!.AsArray().Single(s => s!["fullName"]!.GetValue<string>() == "Козлов Миша")!;
        var link = await ApiClient.ReadAsync(await parent.PostJsonAsync(setup.School.Org("/guardianships"), new { studentMembershipId = child["membershipId"], consent = true }),
            HttpStatusCode.Created);
        Assert.Equal("pending", link["status"]!.GetValue<string>());

        var request = (await student.GetJsonAsync(setup.School.Org("/family")))["links"]!.AsArray().Single()!;
        Assert.Equal("Козлова Анна Петровна", request["parentName"]!.GetValue<string>());
        await ApiClient.ReadAsync(await student.SendAsync(HttpMethod.Post, setup.School.Org($"/guardianships/{request["guardianshipId"]}/confirm")), HttpStatusCode.NoContent);

        var members = await setup.ClassTeacher.Client.GetJsonAsync(setup.School.Org($"/classes/{setup.ClassId}/members"));
        Assert.Equal("Козлов Миша", members["students"]![0]!["fullName"]!.GetValue<string>());
        Assert.Equal("Козлова Анна Петровна", members["parents"]![0]!["fullName"]!.GetValue<string>());
        Assert.Equal("confirmed", members["links"]![0]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("+7", members.ToJsonString());
    }

    [Fact]
    public async Task Class_teacher_confirms_a_parent_for_a_child_without_an_account_check()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var (_, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Белов Петя");
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Белова Ирина");
        var child = (await parent.GetJsonAsync(setup.School.Org("/family")))["parentOf"]![0]!["students"]![0]!;
        var link = await ApiClient.ReadAsync(await parent.PostJsonAsync(setup.School.Org("/guardianships"), new { studentMembershipId = child["membershipId"], consent = true }), HttpStatusCode.Created);

        // The parent cannot confirm their own request.
        await ApiClient.ProblemAsync(await parent.SendAsync(HttpMethod.Post, setup.School.Org($"/guardianships/{link["guardianshipId"]}/confirm")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ReadAsync(await setup.ClassTeacher.Client.SendAsync(HttpMethod.Post, setup.School.Org($"/guardianships/{link["guardianshipId"]}/confirm")), HttpStatusCode.NoContent);
        Assert.Equal("confirmed", (await parent.GetJsonAsync(setup.School.Org("/family")))["links"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parent_of_two_children_joins_both_classes_with_one_membership()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var secondClass = await setup.School.CreateClassAsync(8, "Б");
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Орлова Мария");
        var secondToken = (await ApiClient.ReadAsync(await setup.School.AdminClient.PostJsonAsync(setup.School.Org("/join-links"), new { kind = "classParents", classId = secondClass }),
            HttpStatusCode.Created))["token"]!.GetValue<string>();
        await ApiClient.ReadAsync(await parent.PostJsonAsync($"/api/join/{secondToken}", new { }), HttpStatusCode.OK);
        await ApiClient.ProblemAsync(await parent.PostJsonAsync($"/api/join/{secondToken}", new { }), HttpStatusCode.Conflict, "already_member");

        var family = await parent.GetJsonAsync(setup.School.Org("/family"));
        Assert.Equal(["5А", "8Б"], family["parentOf"]!.AsArray().Select(c => c!["className"]!.GetValue<string>()));
        Assert.Single((await parent.SessionAsync())["user"]!["organizations"]!.AsArray());
    }

    [Fact]
    public async Task A_parent_cannot_claim_a_child_of_another_class()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var otherClass = await setup.School.CreateClassAsync(9, "В");
        var otherToken = (await ApiClient.ReadAsync(await setup.School.AdminClient.PostJsonAsync(setup.School.Org("/join-links"), new { kind = "classStudents", classId = otherClass }),
            HttpStatusCode.Created))["token"]!.GetValue<string>();
        var (stranger, _) = await factory.JoinByLinkAsync(otherToken, "Чужой Ученик");
        var strangerId = (await stranger.GetJsonAsync(setup.School.Org("/family")))["studentMembershipId"]!.GetValue<Guid>();
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Любопытный Родитель");

        await ApiClient.ProblemAsync(await parent.PostJsonAsync(setup.School.Org("/guardianships"), new { studentMembershipId = strangerId, consent = true }),
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Only_the_class_teacher_and_administrators_issue_class_links_and_see_them()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var otherTeacher = await factory.VerifiedTeacherAsync(setup.School);
        await ApiClient.ProblemAsync(await otherTeacher.Client.PostJsonAsync(setup.School.Org("/join-links"), new { kind = "classStudents", classId = setup.ClassId }),
            HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await setup.ClassTeacher.Client.PostJsonAsync(setup.School.Org("/join-links"), new { kind = "staff" }),
            HttpStatusCode.Forbidden, "forbidden");
        await setup.ClassLinkAsync("classStudents");
        await setup.School.CreateStaffLinkAsync();

        Assert.Single((await setup.ClassTeacher.Client.GetJsonAsync(setup.School.Org("/join-links"))).AsArray());
        Assert.Empty((await otherTeacher.Client.GetJsonAsync(setup.School.Org("/join-links"))).AsArray());
        // The administrator sees everything: the class link and every staff link (two came with the teachers who joined).
        var kinds = (await setup.School.AdminClient.GetJsonAsync(setup.School.Org("/join-links"))).AsArray().Select(l => l!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(1, kinds.Count(k => k == "classStudents"));
        Assert.Equal(3, kinds.Count(k => k == "staff"));
        await ApiClient.ProblemAsync(await otherTeacher.Client.GetAsync(setup.School.Org($"/classes/{setup.ClassId}/members")), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Primary_grades_register_only_when_the_school_opens_them()
    {
        var setup = await factory.ClassWithTeacherAsync(grade: 3, letter: "А");
        var problem = await ApiClient.ProblemAsync(await setup.ClassTeacher.Client.PostJsonAsync(setup.School.Org("/join-links"), new { kind = "classStudents", classId = setup.ClassId }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("1–4", problem["errors"]!["classId"]![0]!.GetValue<string>());
        // Parents of young children can always join.
        await setup.ClassLinkAsync("classParents");

        await ApiClient.ReadAsync(await setup.School.AdminClient.SendAsync(HttpMethod.Put, setup.School.Org("/profile"), System.Net.Http.Json.JsonContent.Create(new
        {
            timeZone = "Europe/Moscow", workdayStart = "08:00", workdayEnd = "17:00", workingDays = new[] { 1, 2, 3, 4, 5 }, primaryGradesOpen = true,
        })), HttpStatusCode.OK);
        await setup.ClassLinkAsync("classStudents");
    }

    [Fact]
    public async Task Students_and_parents_see_no_structure_staff_or_links()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Тихонов Саша");
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Тихонова Вера");
        foreach (var client in new[] { student, parent })
            foreach (var path in new[] { "/classes", "/subjects", "/staff", "/join-links", $"/classes/{setup.ClassId}/members" })
                await ApiClient.ProblemAsync(await client.GetAsync(setup.School.Org(path)), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Class_teacher_prints_the_parent_link_as_a_qr_code_and_parents_cannot()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var link = await ApiClient.ReadAsync(await setup.ClassTeacher.Client.PostJsonAsync(setup.School.Org("/join-links"), new { kind = "classParents", classId = setup.ClassId }),
            HttpStatusCode.Created);
        var qr = await setup.ClassTeacher.Client.GetAsync(setup.School.Org($"/join-links/{link["id"]}/qr.svg"));
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        var svg = await qr.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg.TrimStart().Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "").TrimStart());
        Assert.True(svg.Length > 2000, "a real QR code has many modules");

        var (parent, _) = await factory.JoinByLinkAsync(link["token"]!.GetValue<string>(), "Родитель Без Прав");
        await ApiClient.ProblemAsync(await parent.GetAsync(setup.School.Org($"/join-links/{link["id"]}/qr.svg")), HttpStatusCode.Forbidden, "forbidden");
    }
}
