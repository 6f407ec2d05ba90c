using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ORG-4: the administrator builds classes and subjects.</summary>
public sealed class StructureTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Administrator_builds_classes_listed_in_school_order()
    {
        var school = await factory.RegisterSchoolAsync();
        await school.CreateClassAsync(11, "Б");
        await school.CreateClassAsync(5, "а"); // a small letter is understood
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/classes"), new { name = "Кружок робототехники" }), HttpStatusCode.Created);
        await school.CreateClassAsync(5, "Б");

        var names = (await school.AdminClient.GetJsonAsync(school.Org("/classes"))).AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["5А", "5Б", "11Б", "Кружок робототехники"], names);
    }

    [Fact]
    public async Task Duplicate_class_is_refused_beside_the_name_and_nothing_is_added()
    {
        var school = await factory.RegisterSchoolAsync();
        await school.CreateClassAsync(7, "В");
        var problem = await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync(school.Org("/classes"), new { grade = 7, letter = "в" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("7В", problem["errors"]!["name"]![0]!.GetValue<string>());
        Assert.Single((await school.AdminClient.GetJsonAsync(school.Org("/classes"))).AsArray());
    }

    [Theory]
    [InlineData(0, "А", "grade")]
    [InlineData(12, "А", "grade")]
    [InlineData(5, "AB", "letter")]
    [InlineData(5, "A", "letter")] // a Latin A that looks Cyrillic
    [InlineData(5, "Ъ", "letter")]
    [InlineData(5, "", "letter")]
    public async Task Impossible_class_is_refused(int grade, string letter, string field)
    {
        var school = await factory.RegisterSchoolAsync();
        var problem = await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync(school.Org("/classes"), new { grade, letter }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]![field]);
        Assert.Empty((await school.AdminClient.GetJsonAsync(school.Org("/classes"))).AsArray());
    }

    [Fact]
    public async Task Subjects_are_unique_and_can_be_removed()
    {
        var school = await factory.RegisterSchoolAsync();
        var math = await school.CreateSubjectAsync("Математика");
        await school.CreateSubjectAsync("Литература");
        await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync(school.Org("/subjects"), new { name = " Математика " }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Delete, school.Org($"/subjects/{math}")), HttpStatusCode.NoContent);
        var names = (await school.AdminClient.GetJsonAsync(school.Org("/subjects"))).AsArray().Select(s => s!["name"]!.GetValue<string>());
        Assert.Equal(["Литература"], names);
    }

    [Fact]
    public async Task Class_of_another_school_cannot_be_deleted_through_ones_own()
    {
        var mine = await factory.RegisterSchoolAsync();
        var theirs = await factory.RegisterSchoolAsync();
        var theirClass = await theirs.CreateClassAsync(9, "А");
        await ApiClient.ProblemAsync(await mine.AdminClient.SendAsync(HttpMethod.Delete, mine.Org($"/classes/{theirClass}")),
            HttpStatusCode.NotFound, "class_not_found");
        Assert.Single((await theirs.AdminClient.GetJsonAsync(theirs.Org("/classes"))).AsArray());
    }
}
