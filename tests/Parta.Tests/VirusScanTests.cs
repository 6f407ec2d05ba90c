using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Server.Infrastructure;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// FILE-4 with a real clamd (private EICAR-only signatures): every finished upload is scanned before anyone but its
/// uploader may download it; a threat is never served and its bytes are deleted; while clamd is down files wait and
/// are scanned when it is back.
/// </summary>
public sealed class VirusScanTests(VirusScanTests.Scanning factory) : IClassFixture<VirusScanTests.Scanning>
{
    public sealed class Scanning : PartaFactory, IAsyncLifetime
    {
        public PrivateClamd Clamd { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
            [new("Files:Scanner:ClamdAddress", Clamd.Address), new("Files:Scanner:RetrySeconds", "1"), new("Files:Scanner:MaxScanBytes", "250000")];

        public Task InitializeAsync() => Clamd.StartAsync();

        async Task IAsyncLifetime.DisposeAsync() => await Clamd.DisposeAsync();
    }

    [Fact]
    public async Task An_uploaded_EICAR_file_is_blocked_for_everyone_and_its_bytes_are_deleted()
    {
        var family = await factory.ClassFamilyAsync();
        var id = await family.Student.UploadAsync(family.School, PrivateClamd.Eicar, "реферат.txt", "text/plain");

        var details = await WaitForScanAsync(family.Student, family.School, id);
        Assert.Equal("infected", details["scan"]!.GetValue<string>());
        Assert.Equal(PrivateClamd.EicarThreat, details["threat"]!.GetValue<string>());
        foreach (var caller in new[] { family.Student, family.School.AdminClient })
        {
            var refusal = await ApiClient.ProblemAsync(await caller.GetAsync(family.School.FileUrl(id)), HttpStatusCode.Conflict, "file_infected");
            Assert.Equal("Файл заблокирован: найдена угроза", refusal["title"]!.GetValue<string>());
        }
        var key = factory.WithDb(db => db.StoredFiles.Single(f => f.Id == id).StorageKey);
        await Assert.ThrowsAnyAsync<Exception>(() => factory.Services.GetRequiredService<IFileStore>().OpenReadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_clean_file_is_the_uploaders_alone_until_scanned_and_clamd_down_only_delays_it()
    {
        var family = await factory.ClassFamilyAsync();
        var data = FileScenarios.RandomBytes(200_000, FileScenarios.PdfHead);
        await factory.Clamd.StopAsync();
        try
        {
            var id = await family.Student.UploadAsync(family.School, data, "Сочинение.pdf", "application/pdf");
            var url = family.School.FileUrl(id);
            // Several rounds of the scanner's retry pass; the file waits.
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Assert.Equal("pending", (await family.Student.GetJsonAsync(url + "/details"))["scan"]!.GetValue<string>());
            Assert.Equal(data, await (await family.Student.GetAsync(url)).Content.ReadAsByteArrayAsync());
            var waiting = await ApiClient.ProblemAsync(await family.School.AdminClient.GetAsync(url), HttpStatusCode.Conflict, "file_scanning");
            Assert.StartsWith("Файл проверяется на вирусы", waiting["title"]!.GetValue<string>());
            // Who may not see the file at all still does not learn that it exists.
            await ApiClient.ProblemAsync(await family.Teacher.GetAsync(url), HttpStatusCode.NotFound, "file_not_found");

            await factory.Clamd.StartAsync();
            Assert.Equal("clean", (await WaitForScanAsync(family.Student, family.School, id))["scan"]!.GetValue<string>());
            Assert.Equal(data, await (await family.School.AdminClient.GetAsync(url)).Content.ReadAsByteArrayAsync());
        }
        finally
        {
            await factory.Clamd.StartAsync();
        }
    }

    [Fact]
    public async Task A_file_over_the_scanners_limit_is_never_called_clean()
    {
        // clamd answers «OK» for a file over its MaxFileSize without scanning it; Parta does not send such a file at all.
        var family = await factory.ClassFamilyAsync();
        var big = await family.Student.UploadAsync(family.School, FileScenarios.RandomBytes(250_001, FileScenarios.PdfHead), "Большой.pdf", "application/pdf");
        var small = await family.Student.UploadAsync(family.School, FileScenarios.RandomBytes(1_000, FileScenarios.PdfHead), "Малый.pdf", "application/pdf");

        Assert.Equal("clean", (await WaitForScanAsync(family.Student, family.School, small))["scan"]!.GetValue<string>());
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal("pending", (await family.Student.GetJsonAsync(family.School.FileUrl(big) + "/details"))["scan"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await family.School.AdminClient.GetAsync(family.School.FileUrl(big)), HttpStatusCode.Conflict, "file_scanning");
    }

    [Fact]
    public async Task Without_a_scanner_files_are_served_at_once_and_say_scanning_is_off()
    {
        await using var unscanned = new PartaFactory();
        var family = await unscanned.ClassFamilyAsync();
        var id = await family.Student.UploadAsync(family.School, PrivateClamd.Eicar, "реферат.txt", "text/plain");
        Assert.Equal("off", (await family.School.AdminClient.GetJsonAsync(family.School.FileUrl(id) + "/details"))["scan"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await family.School.AdminClient.GetAsync(family.School.FileUrl(id))).StatusCode);
    }

    private static async Task<JsonNode> WaitForScanAsync(ApiClient client, School school, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var details = await client.GetJsonAsync(school.FileUrl(id) + "/details");
            if (details["scan"]!.GetValue<string>() != "pending" || DateTime.UtcNow > deadline) return details;
            await Task.Delay(100);
        }
    }
}
