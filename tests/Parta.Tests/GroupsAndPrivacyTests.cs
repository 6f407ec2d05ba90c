using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ORG-4 staff groups, clubs and the parents' committee; ID-7: who sees whom.</summary>
public sealed class GroupsAndPrivacyTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Administrator_builds_a_methodological_association_and_the_parents_committee_with_fitting_members()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var school = setup.School;
        var math = await school.CreateSubjectAsync("Математика");
        await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync(school.Org("/groups"), new { kind = "methodAssociation", name = "МО математиков" }),
            HttpStatusCode.BadRequest, "validation_failed");
        var association = await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/groups"),
            new { kind = "methodAssociation", name = "МО математиков", subjectId = math }), HttpStatusCode.Created);
        var committee = await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/groups"),
            new { kind = "parentsCommittee", name = "Родительский комитет" }), HttpStatusCode.Created);
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Активная Мама");
        var parentMembership = factory.WithDb(db => db.Memberships.Single(m => m.OrganizationId == school.OrganizationId && m.Role == Parta.Data.Entities.OrganizationRole.Parent).Id);

        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org($"/groups/{association["id"]}/members"), new { membershipId = setup.ClassTeacher.MembershipId }), HttpStatusCode.NoContent);
        await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync(school.Org($"/groups/{association["id"]}/members"), new { membershipId = parentMembership }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org($"/groups/{committee["id"]}/members"), new { membershipId = parentMembership }), HttpStatusCode.NoContent);

        var all = (await school.AdminClient.GetJsonAsync(school.Org("/groups"))).AsArray();
        Assert.Equal(2, all.Count);
        var parentSees = (await parent.GetJsonAsync(school.Org("/groups"))).AsArray();
        Assert.Equal("Родительский комитет", Assert.Single(parentSees)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Students_see_classmates_and_their_teachers_but_not_other_classes_or_anyones_contacts()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var school = setup.School;
        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Смирнов Петя");
        var (_, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Кузнецова Оля");
        var otherClass = await school.CreateClassAsync(9, "Б");
        var otherToken = (await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/join-links"), new { kind = "classStudents", classId = otherClass }),
            HttpStatusCode.Created))["token"]!.GetValue<string>();
        var (_, _) = await factory.JoinByLinkAsync(otherToken, "Чужой Девятиклассник");
        var unrelatedTeacher = await factory.VerifiedTeacherAsync(school);

        var seen = (await student.GetJsonAsync(school.Org("/people"))).AsArray();
        var names = seen.Select(p => p!["fullName"]!.GetValue<string>()).ToList();
        Assert.Contains("Кузнецова Оля", names);
        Assert.Contains("Петров Иван Сергеевич", names); // the class teacher
        Assert.Contains("Иванова Мария Петровна", names); // the school's administrator
        Assert.DoesNotContain("Чужой Девятиклассник", names);
        Assert.Equal(1, names.Count(n => n == "Петров Иван Сергеевич")); // not the unrelated teacher of the same name
        Assert.All(seen, p => { Assert.Null(p!["phone"]); Assert.Null(p["email"]); });

        var adminSees = (await school.AdminClient.GetJsonAsync(school.Org("/people"))).AsArray();
        Assert.Contains(adminSees, p => p!["fullName"]!.GetValue<string>() == "Чужой Девятиклассник" && p["phone"] is not null);
        var teacherSees = (await unrelatedTeacher.Client.GetJsonAsync(school.Org("/people"))).AsArray().Select(p => p!["fullName"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("Смирнов Петя", teacherSees);
        Assert.Contains("Петров Иван Сергеевич", teacherSees); // colleagues see each other
    }
}
