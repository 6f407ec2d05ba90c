using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Server.Features.Files;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// FILE-1 resumable uploads over HTTP, status by status as tus 1.0.0 names them, with Parta's limits: a 700 KB
/// largest file and a 1 MB quota per organization here (<see cref="SmallLimits"/>), so they bite within a test.
/// </summary>
public sealed class FileUploadTests(FileUploadTests.SmallLimits factory) : IClassFixture<FileUploadTests.SmallLimits>
{
    public sealed class SmallLimits : PartaFactory
    {
        public const int MaxFile = 700_000, Quota = 1_000_000;

        protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [
            new("Files:MaxFileBytes", MaxFile.ToString()),
            new("Files:OrganizationQuotaBytes", Quota.ToString()),
            new("Files:AccessRecheckSeconds", "1"),
        ];
    }

    [Fact]
    public async Task Options_describe_the_server_and_other_protocol_versions_get_412()
    {
        var family = await factory.ClassFamilyAsync();
        var options = await family.Teacher.SendAsync(FileScenarios.Tus(HttpMethod.Options, family.School.Uploads()), withCsrf: false);
        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal("1.0.0", options.Headers.GetValues("Tus-Version").Single());
        Assert.Equal("creation,creation-with-upload,termination,expiration,checksum", options.Headers.GetValues("Tus-Extension").Single());
        Assert.Equal(SmallLimits.MaxFile.ToString(), options.Headers.GetValues("Tus-Max-Size").Single());
        Assert.Contains("sha1", options.Headers.GetValues("Tus-Checksum-Algorithm").Single().Split(','));

        var request = new HttpRequestMessage(HttpMethod.Post, family.School.Uploads());
        request.Headers.Add("Upload-Length", "10");
        var unversioned = await family.Teacher.SendAsync(request);
        await ApiClient.ProblemAsync(unversioned, HttpStatusCode.PreconditionFailed, "tus_version_unsupported");
        Assert.Equal("1.0.0", unversioned.Headers.GetValues("Tus-Version").Single());
    }

    [Fact]
    public async Task An_upload_sent_in_parts_becomes_a_file_with_its_name_type_size_and_sha256()
    {
        var family = await factory.ClassFamilyAsync();
        var data = FileScenarios.RandomBytes(300_000, FileScenarios.PdfHead);
        var created = await family.Teacher.CreateUploadAsync(family.School, data.Length, "../../etc/Контрольная\u202Egpj.pdf", "application/pdf");
        await ApiClient.ReadAsync(created, HttpStatusCode.Created);
        var upload = created.Headers.Location!.OriginalString;
        Assert.StartsWith(family.School.Uploads() + "/", upload);
        Assert.Equal("1.0.0", created.Headers.GetValues("Tus-Resumable").Single());
        var expires = DateTimeOffset.Parse(created.Headers.GetValues("Upload-Expires").Single());
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(23), TimeSpan.FromHours(25));

        var head = await family.Teacher.HeadAsync(upload);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("0", head.Headers.GetValues("Upload-Offset").Single());
        Assert.Equal(data.Length.ToString(), head.Headers.GetValues("Upload-Length").Single());
        Assert.True(head.Headers.CacheControl!.NoStore);

        var first = await family.Teacher.PatchAsync(upload, 0, data.AsSpan(0, 100_000));
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal("100000", first.Headers.GetValues("Upload-Offset").Single());
        Assert.True(first.Headers.Contains("Upload-Expires"));

        // Resuming from the wrong place, or without tus's content type, changes nothing.
        var stale = await family.Teacher.PatchAsync(upload, 0, data.AsSpan(0, 100_000));
        await ApiClient.ProblemAsync(stale, HttpStatusCode.Conflict, "upload_offset_mismatch");
        Assert.Equal("100000", stale.Headers.GetValues("Upload-Offset").Single());
        await ApiClient.ProblemAsync(await family.Teacher.PatchAsync(upload, 100_000, new ByteArrayContent(data[100_000..])),
            HttpStatusCode.UnsupportedMediaType, "upload_content_type");
        await ApiClient.ProblemAsync(await family.Teacher.PatchAsync(upload, 100_000, FileScenarios.Chunk(data.AsSpan(100_000)), "md5 AAAA"),
            HttpStatusCode.BadRequest, "checksum_algorithm_unsupported");
        // More than the announced length is refused before a byte is written.
        await ApiClient.ProblemAsync(await family.Teacher.PatchAsync(upload, 100_000, new byte[data.Length]), HttpStatusCode.BadRequest, "upload_beyond_length");
        Assert.Equal(100_000, await family.Teacher.OffsetAsync(upload));

        Assert.Equal(HttpStatusCode.NoContent, (await family.Teacher.PatchAsync(upload, 100_000, data.AsSpan(100_000))).StatusCode);
        // Finished: HEAD still answers (a client that missed the last answer learns it is done), PATCH has nothing to add.
        Assert.Equal(data.Length, await family.Teacher.OffsetAsync(upload));
        await ApiClient.ProblemAsync(await family.Teacher.PatchAsync(upload, data.Length, new byte[1]), HttpStatusCode.NotFound, "upload_not_found");

        var id = FileScenarios.IdOf(upload);
        await factory.WithDbAsync(async db =>
        {
            var file = await db.StoredFiles.SingleAsync(f => f.Id == id);
            Assert.Equal("Контрольнаяgpj.pdf", file.FileName);
            Assert.Equal("application/pdf", file.ContentType);
            Assert.Equal(data.Length, file.Size);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), file.Sha256);
            Assert.False(await db.FileUploads.AnyAsync(u => u.Id == id));
        });
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "uploads", id.ToString("N"))));
        var download = await family.Teacher.GetAsync(family.School.FileUrl(id));
        Assert.Equal(data, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Creation_with_upload_takes_the_first_bytes_in_the_same_request()
    {
        var family = await factory.ClassFamilyAsync();
        var data = FileScenarios.RandomBytes(50_000, FileScenarios.PngHead);
        var created = await family.Student.CreateUploadAsync(family.School, data.Length, "photo.png", "image/png", data[..20_000]);
        await ApiClient.ReadAsync(created, HttpStatusCode.Created);
        Assert.Equal("20000", created.Headers.GetValues("Upload-Offset").Single());
        var upload = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NoContent, (await family.Student.PatchAsync(upload, 20_000, data.AsSpan(20_000))).StatusCode);

        // The whole file in the creating request finishes it at once.
        var whole = await family.Student.CreateUploadAsync(family.School, data.Length, "photo.png", "image/png", data);
        await ApiClient.ReadAsync(whole, HttpStatusCode.Created);
        var id = FileScenarios.IdOf(whole.Headers.Location!.OriginalString);
        Assert.Equal(data, await (await family.Student.GetAsync(family.School.FileUrl(id))).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_part_whose_checksum_does_not_match_gets_460_and_is_not_kept()
    {
        var family = await factory.ClassFamilyAsync();
        var data = FileScenarios.RandomBytes(200_000, FileScenarios.PdfHead);
        var upload = await family.Teacher.StartUploadAsync(family.School, data.Length);
        var part = data[..120_000];
        var wrong = "sha1 " + Convert.ToBase64String(SHA1.HashData(data.AsSpan(1, 120_000)));
        var mismatch = await family.Teacher.PatchAsync(upload, 0, part, wrong);
        await ApiClient.ProblemAsync(mismatch, (HttpStatusCode)460, "checksum_mismatch");
        Assert.Equal(0, await family.Teacher.OffsetAsync(upload));
        await ApiClient.ProblemAsync(await family.Teacher.PatchAsync(upload, 0, part, "sha1 not-base64!"), HttpStatusCode.BadRequest, "checksum_invalid");

        var sha1 = "sha1 " + Convert.ToBase64String(SHA1.HashData(part));
        Assert.Equal(HttpStatusCode.NoContent, (await family.Teacher.PatchAsync(upload, 0, part, sha1)).StatusCode);
        var sha256 = "sha256 " + Convert.ToBase64String(SHA256.HashData(data.AsSpan(120_000)));
        Assert.Equal(HttpStatusCode.NoContent, (await family.Teacher.PatchAsync(upload, 120_000, data.AsSpan(120_000), sha256)).StatusCode);
        Assert.Equal(data, await (await family.Teacher.GetAsync(family.School.FileUrl(FileScenarios.IdOf(upload)))).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Termination_deletes_the_upload_and_its_bytes()
    {
        var family = await factory.ClassFamilyAsync();
        var upload = await family.Teacher.StartUploadAsync(family.School, 100_000);
        await ApiClient.ReadAsync(await family.Teacher.PatchAsync(upload, 0, FileScenarios.RandomBytes(40_000)), HttpStatusCode.NoContent);
        var bytes = Path.Combine(factory.DataPath, "uploads", FileScenarios.IdOf(upload).ToString("N"));
        Assert.Equal(40_000, new FileInfo(bytes).Length);

        // Only its uploader may end it.
        await ApiClient.ProblemAsync(await family.Student.SendAsync(FileScenarios.Tus(HttpMethod.Delete, upload)), HttpStatusCode.NotFound, "upload_not_found");
        Assert.Equal(HttpStatusCode.NoContent, (await family.Teacher.SendAsync(FileScenarios.Tus(HttpMethod.Delete, upload))).StatusCode);
        Assert.False(File.Exists(bytes));
        await ApiClient.ProblemAsync(await family.Teacher.HeadAsync(upload), HttpStatusCode.NotFound, "upload_not_found");
        await ApiClient.ProblemAsync(await family.Teacher.PatchAsync(upload, 40_000, new byte[10]), HttpStatusCode.NotFound, "upload_not_found");
    }

    [Fact]
    public async Task An_expired_upload_is_refused_then_swept_with_its_bytes()
    {
        var family = await factory.ClassFamilyAsync();
        var upload = await family.Teacher.StartUploadAsync(family.School, 100_000);
        await ApiClient.ReadAsync(await family.Teacher.PatchAsync(upload, 0, FileScenarios.RandomBytes(10_000)), HttpStatusCode.NoContent);
        var id = FileScenarios.IdOf(upload);
        await factory.WithDbAsync(db => db.FileUploads.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        await ApiClient.ProblemAsync(await family.Teacher.HeadAsync(upload), HttpStatusCode.Gone, "upload_expired");
        await ApiClient.ProblemAsync(await family.Teacher.PatchAsync(upload, 10_000, new byte[10]), HttpStatusCode.Gone, "upload_expired");
        Assert.True(await factory.Services.GetRequiredService<ExpiredUploadSweeper>().SweepAsync(CancellationToken.None) >= 1);
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "uploads", id.ToString("N"))));
        await factory.WithDbAsync(async db => Assert.False(await db.FileUploads.AnyAsync(u => u.Id == id)));
        await ApiClient.ProblemAsync(await family.Teacher.HeadAsync(upload), HttpStatusCode.NotFound, "upload_not_found");
    }

    [Fact]
    public async Task The_size_limit_and_the_quota_are_checked_when_an_upload_is_created()
    {
        var family = await factory.ClassFamilyAsync();
        var tooLarge = await family.Teacher.CreateUploadAsync(family.School, SmallLimits.MaxFile + 1);
        var problem = await ApiClient.ProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        Assert.Contains("Файл слишком большой", problem["title"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await family.Teacher.CreateUploadAsync(family.School, 0), HttpStatusCode.BadRequest, "file_empty");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(FileScenarios.Tus(HttpMethod.Post, family.School.Uploads())),
            HttpStatusCode.BadRequest, "upload_length_required");
        var badMetadata = FileScenarios.Tus(HttpMethod.Post, family.School.Uploads());
        badMetadata.Headers.Add("Upload-Length", "10");
        badMetadata.Headers.Add("Upload-Metadata", "filename ***");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(badMetadata), HttpStatusCode.BadRequest, "upload_metadata_invalid");

        await family.Teacher.UploadAsync(family.School, FileScenarios.RandomBytes(600_000, FileScenarios.PdfHead), "a.pdf", "application/pdf");
        var overQuota = await family.Teacher.CreateUploadAsync(family.School, 500_000);
        problem = await ApiClient.ProblemAsync(overQuota, HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        Assert.Contains("Место для файлов организации закончилось", problem["title"]!.GetValue<string>());
        // Another school's quota is its own.
        var other = await factory.RegisterSchoolAsync();
        await ApiClient.ReadAsync(await other.AdminClient.CreateUploadAsync(other, 500_000), HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_quota_is_enforced_while_bytes_arrive()
    {
        var family = await factory.ClassFamilyAsync();
        // Side by side each fits; together they do not.
        var first = await family.Teacher.StartUploadAsync(family.School, 600_000);
        var second = await family.Student.StartUploadAsync(family.School, 600_000, "b.pdf");
        await ApiClient.ReadAsync(await family.Teacher.PatchAsync(first, 0, FileScenarios.RandomBytes(600_000, FileScenarios.PdfHead)), HttpStatusCode.NoContent);

        var data = FileScenarios.RandomBytes(600_000, FileScenarios.PdfHead);
        // Announced: refused before reading.
        await ApiClient.ProblemAsync(await family.Student.PatchAsync(second, 0, data), HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        Assert.Equal(0, await family.Student.OffsetAsync(second));
        // Streamed without a length: taken up to the quota, then refused.
        var streamed = await family.Student.PatchAsync(second, 0, new GatedContent(data, [], Task.CompletedTask));
        await ApiClient.ProblemAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        Assert.Equal(SmallLimits.Quota - 600_000, await family.Student.OffsetAsync(second));
    }

    [Fact]
    public async Task Programs_and_types_that_the_bytes_deny_are_refused()
    {
        var family = await factory.ClassFamilyAsync();
        await ApiClient.ProblemAsync(await family.Teacher.CreateUploadAsync(family.School, 1000, "setup.exe", null), HttpStatusCode.UnsupportedMediaType, "file_type_refused");
        await ApiClient.ProblemAsync(await family.Teacher.CreateUploadAsync(family.School, 1000, "script.txt", "application/x-sh"), HttpStatusCode.UnsupportedMediaType, "file_type_refused");

        async Task<(HttpResponseMessage Last, string Upload)> SendAsync(byte[] data, string name, string type)
        {
            var upload = await family.Teacher.StartUploadAsync(family.School, data.Length, name, type);
            return (await family.Teacher.PatchAsync(upload, 0, data), upload);
        }
        // A Windows program called a photo.
        var (program, upload) = await SendAsync(FileScenarios.RandomBytes(5000, "MZ"u8), "photo.jpg", "image/jpeg");
        await ApiClient.ProblemAsync(program, HttpStatusCode.UnsupportedMediaType, "file_type_refused");
        await ApiClient.ProblemAsync(await family.Teacher.HeadAsync(upload), HttpStatusCode.NotFound, "upload_not_found");
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "uploads", FileScenarios.IdOf(upload).ToString("N"))));
        // A shell script, whatever it claims.
        var (script, _) = await SendAsync("#!/bin/sh\nrm -rf /\n"u8.ToArray(), "notes.txt", "text/plain");
        await ApiClient.ProblemAsync(script, HttpStatusCode.UnsupportedMediaType, "file_type_refused");
        // A PNG declared as JPEG, and random bytes declared as a PDF.
        var (png, _) = await SendAsync(FileScenarios.RandomBytes(5000, FileScenarios.PngHead), "photo.jpg", "image/jpeg");
        var mismatch = await ApiClient.ProblemAsync(png, HttpStatusCode.UnsupportedMediaType, "file_type_mismatch");
        Assert.Contains("image/png", mismatch["title"]!.GetValue<string>());
        var (noise, _) = await SendAsync(FileScenarios.RandomBytes(5000, [0x00, 0x01]), "doc.pdf", "application/pdf");
        await ApiClient.ProblemAsync(noise, HttpStatusCode.UnsupportedMediaType, "file_type_mismatch");
    }

    [Fact]
    public async Task Only_signed_in_members_upload_and_only_the_uploader_reaches_an_upload()
    {
        var family = await factory.ClassFamilyAsync();
        var upload = await family.Student.StartUploadAsync(family.School, 100_000, "homework.pdf");

        var anonymous = factory.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.CreateUploadAsync(family.School, 10)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.HeadAsync(upload)).StatusCode);
        var outsider = (await factory.RegisterSchoolAsync()).AdminClient;
        await ApiClient.ProblemAsync(await outsider.CreateUploadAsync(family.School, 10), HttpStatusCode.NotFound, "organization_not_found");
        await ApiClient.ProblemAsync(await outsider.HeadAsync(upload), HttpStatusCode.NotFound, "organization_not_found");
        await ApiClient.ProblemAsync(await outsider.PatchAsync(upload, 0, new byte[10]), HttpStatusCode.NotFound, "organization_not_found");
        // The student's parent, teacher and administrator are members, but the upload is the student's.
        foreach (var other in new[] { family.Parent, family.Teacher, family.School.AdminClient })
        {
            await ApiClient.ProblemAsync(await other.HeadAsync(upload), HttpStatusCode.NotFound, "upload_not_found");
            await ApiClient.ProblemAsync(await other.PatchAsync(upload, 0, new byte[10]), HttpStatusCode.NotFound, "upload_not_found");
        }
        // A page of another site cannot send bytes with the student's cookie.
        var forged = FileScenarios.Tus(HttpMethod.Patch, upload, FileScenarios.Chunk(new byte[10]));
        forged.Headers.Add("Upload-Offset", "0");
        await ApiClient.ProblemAsync(await family.Student.SendAsync(forged, withCsrf: false), HttpStatusCode.BadRequest, "csrf_invalid");
        Assert.Equal(0, await family.Student.OffsetAsync(upload));
    }

    [Fact]
    public async Task A_member_whose_access_ends_mid_upload_is_refused_between_parts_and_within_one()
    {
        var family = await factory.ClassFamilyAsync();
        var teacher = family.Setup.ClassTeacher;
        var upload = await teacher.Client.StartUploadAsync(family.School, 600_000);
        await ApiClient.ReadAsync(await teacher.Client.PatchAsync(upload, 0, FileScenarios.RandomBytes(100_000, FileScenarios.PdfHead)), HttpStatusCode.NoContent);

        // Within one long request: the first bytes arrive, then the administrator deactivates the teacher.
        var gate = new TaskCompletionSource();
        var sending = teacher.Client.PatchAsync(upload, 100_000, new GatedContent(new byte[100_000], new byte[300_000], gate.Task));
        var id = FileScenarios.IdOf(upload);
        var bytes = Path.Combine(factory.DataPath, "uploads", id.ToString("N"));
        for (var i = 0; i < 100 && new FileInfo(bytes).Length < 200_000; i++) await Task.Delay(50);
        Assert.Equal(200_000, new FileInfo(bytes).Length);
        await ApiClient.ReadAsync(await family.School.AdminClient.SendAsync(HttpMethod.Post, family.School.Org($"/members/{teacher.MembershipId}/deactivate")),
            HttpStatusCode.NoContent);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        gate.SetResult();
        await ApiClient.ProblemAsync(await sending, HttpStatusCode.NotFound, "organization_not_found");
        Assert.InRange(new FileInfo(bytes).Length, 200_000, 599_999);

        // Between requests: the next one is refused at the door.
        await ApiClient.ProblemAsync(await teacher.Client.HeadAsync(upload), HttpStatusCode.NotFound, "organization_not_found");
        await ApiClient.ProblemAsync(await teacher.Client.PatchAsync(upload, new FileInfo(bytes).Length, new byte[1000]), HttpStatusCode.NotFound, "organization_not_found");
    }

    /// <summary>A body without a length (chunked, as a phone streams a file), its second part sent only when <paramref name="gate"/> opens.</summary>
    private sealed class GatedContent : HttpContent
    {
        private readonly byte[] first, rest;
        private readonly Task gate;

        public GatedContent(byte[] first, byte[] rest, Task gate)
        {
            (this.first, this.rest, this.gate) = (first, rest, gate);
            Headers.ContentType = new("application/offset+octet-stream");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            await gate;
            await stream.WriteAsync(rest);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
