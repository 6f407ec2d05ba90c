using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>FILE-1 downloads: byte ranges, ETags, the type decided from the bytes, and who may have them at all.</summary>
public sealed class FileDownloadTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task A_download_answers_ranges_and_etags_with_the_detected_type_inline()
    {
        var family = await factory.ClassFamilyAsync();
        var data = FileScenarios.RandomBytes(250_000, FileScenarios.PngHead);
        var id = await family.Teacher.UploadAsync(family.School, data, "Схема урока.png", null);
        var url = family.School.FileUrl(id);

        var whole = await family.Teacher.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("image/png", whole.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", whole.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Схема урока.png", whole.Content.Headers.ContentDisposition.FileNameStar);
        ObjectStorage.AssertServedSafely(whole);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.Equal(data, await whole.Content.ReadAsByteArrayAsync());

        var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(100_000, 100_099);
        var part = await family.Teacher.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal($"bytes 100000-100099/{data.Length}", part.Content.Headers.ContentRange!.ToString());
        Assert.Equal(data[100_000..100_100], await part.Content.ReadAsByteArrayAsync());
        // The last bytes (a suffix range); the S3 test server, s3rver, reads «bytes=-10» as «bytes=0-10» (Amazon S3 does not).
        if (!ObjectStorage.InUse)
        {
            var tail = new HttpRequestMessage(HttpMethod.Get, url);
            tail.Headers.Range = new RangeHeaderValue(null, 10);
            Assert.Equal(data[^10..], await (await family.Teacher.Http.SendAsync(tail)).Content.ReadAsByteArrayAsync());
        }
        var beyond = new HttpRequestMessage(HttpMethod.Get, url);
        beyond.Headers.Range = new RangeHeaderValue(data.Length + 10, null);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await family.Teacher.Http.SendAsync(beyond)).StatusCode);

        var etag = whole.Headers.ETag!;
        Assert.False(etag.IsWeak);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await family.Teacher.Http.SendAsync(again)).StatusCode);
        var changed = new HttpRequestMessage(HttpMethod.Get, url);
        changed.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        Assert.Equal(HttpStatusCode.OK, (await family.Teacher.Http.SendAsync(changed)).StatusCode);
    }

    [Fact]
    public async Task A_file_bigger_than_one_storage_part_is_stored_where_configured_and_served_byte_for_byte()
    {
        // Over 16 MiB: object storage takes it in several parts (multipart), the way a lesson's video goes.
        var family = await factory.ClassFamilyAsync();
        var data = FileScenarios.RandomBytes(17 * 1024 * 1024 + 12_345, FileScenarios.PdfHead);
        var id = await family.Teacher.UploadAsync(family.School, data, "Учебник.pdf", "application/pdf");

        var download = await family.Teacher.GetAsync(family.School.FileUrl(id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(data.Length, download.Content.Headers.ContentLength);
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(await download.Content.ReadAsByteArrayAsync()));
        // Nothing is left in the data folder when the files live in a bucket; on local disk the file is there.
        var local = Directory.EnumerateFiles(factory.DataPath, "*", SearchOption.AllDirectories)
            .Where(path => path.Contains($"{Path.DirectorySeparatorChar}files{Path.DirectorySeparatorChar}") || path.Contains($"{Path.DirectorySeparatorChar}uploads{Path.DirectorySeparatorChar}"));
        Assert.Equal(ObjectStorage.InUse ? 0 : 1, local.Count(path => new FileInfo(path).Length == data.Length));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml", "image/svg+xml")]
    [InlineData("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>", "text/html", "text/html")]
    // Declared as plain text, the bytes are still a page: the page's type, and an attachment.
    [InlineData("<html><body><script>alert(1)</script></body></html>", "text/plain", "text/html")]
    [InlineData("<?xml version=\"1.0\"?><root/>", "application/xml", "application/xml")]
    public async Task Anything_a_browser_would_run_is_only_an_attachment(string content, string declared, string served)
    {
        var family = await factory.ClassFamilyAsync();
        var id = await family.Student.UploadAsync(family.School, System.Text.Encoding.UTF8.GetBytes(content), "page", declared);
        var download = await family.Student.GetAsync(family.School.FileUrl(id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(served, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        ObjectStorage.AssertServedSafely(download);
    }

    [Fact]
    public async Task A_file_is_for_its_uploader_and_the_administrators_and_for_nobody_else_to_know_of()
    {
        var family = await factory.ClassFamilyAsync();
        var id = await family.Student.UploadAsync(family.School, FileScenarios.RandomBytes(10_000, FileScenarios.PdfHead), "Сочинение.pdf", "application/pdf");
        var url = family.School.FileUrl(id);

        Assert.Equal(HttpStatusCode.OK, (await family.Student.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await family.School.AdminClient.GetAsync(url)).StatusCode);
        // The student's own teacher and parent, another student: not (yet — attachments will share files in chats).
        var classmate = (await factory.JoinByLinkAsync(await family.Setup.ClassLinkAsync("classStudents"), "Петров Петя")).Client;
        foreach (var other in new[] { family.Teacher, family.Parent, classmate })
        {
            await ApiClient.ProblemAsync(await other.GetAsync(url), HttpStatusCode.NotFound, "file_not_found");
            await ApiClient.ProblemAsync(await other.GetAsync(url + "/details"), HttpStatusCode.NotFound, "file_not_found");
        }
        Assert.Equal("Сочинение.pdf", (await family.School.AdminClient.GetJsonAsync(url + "/details"))["fileName"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await family.Teacher.GetAsync(family.School.FileUrl(Guid.NewGuid())), HttpStatusCode.NotFound, "file_not_found");
        // Another school's administrator, even through their own school's address.
        var otherSchool = await factory.RegisterSchoolAsync();
        await ApiClient.ProblemAsync(await otherSchool.AdminClient.GetAsync(url), HttpStatusCode.NotFound, "organization_not_found");
        await ApiClient.ProblemAsync(await otherSchool.AdminClient.GetAsync(otherSchool.FileUrl(id)), HttpStatusCode.NotFound, "file_not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync(url + "/details")).StatusCode);
        await ApiClient.ProblemAsync(await otherSchool.AdminClient.GetAsync(otherSchool.FileUrl(id) + "/details"), HttpStatusCode.NotFound, "file_not_found");
    }
}
