using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Import;

/// <summary>
/// ORG-5, step 1: the administrator uploads a roster (a one-sheet CSV or a OneRoster 1.2 zip); the server
/// checks every line and answers with a preview — counts, classes to create, errors by file and line.
/// Nothing in the organization changes; a clean preview is kept for step 2.
/// </summary>
public static class PreviewImport
{
    public const int MaxBytes = 20 * 1024 * 1024;
    private const int MaxPeople = 20_000;
    private const int ShownErrors = 500;

    public sealed record ImportPreviewDto(
        Guid? ImportId, string Format, string FileName, int People, int Teachers, int Students, int Parents,
        IReadOnlyList<string> NewClasses, int ErrorCount, IReadOnlyList<ImportProblemDto> Errors);

    public sealed record ImportUpload(IFormFile File);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/imports", Handle).ForAdministrators().WithName(nameof(PreviewImport)).WithSummary("Upload a roster and preview its import")
            .Accepts<ImportUpload>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes + 1024 * 1024));

    private static async Task<Results<Ok<ImportPreviewDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, HttpRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (form, formProblem) = await FormReading.ReadAsync(request, ct);
        if (form is null) return formProblem!;
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.Field("file", Texts.Required);
        if (file.Length > MaxBytes) return Problems.Field("file", Texts.ImportTooLarge);

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var collector = new ImportCollector();
        string format;
        if (RosterFileKind.IsZip(bytes))
        {
            format = "oneroster";
            try
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                if (RosterFileKind.OfficeDocument(zip) is { } notRoster) return Problems.Field("file", notRoster);
                OneRosterParser.Parse(zip, collector);
            }
            catch (InvalidDataException)
            {
                return Problems.Field("file", Texts.ImportUnreadable);
            }
        }
        else
        {
            format = "csv";
            if (RosterFileKind.NotTable(bytes) is { } notTable) return Problems.Field("file", notTable);
            var text = RosterText.Decode(bytes);
            if (text is null) return Problems.Field("file", Texts.ImportEncoding);
            SimpleRosterParser.Parse(file.FileName, text, collector);
        }
        if (collector.People.Count > MaxPeople) return Problems.Field("file", Texts.ImportTooLarge);
        if (collector.People.Count == 0 && collector.Problems.Count == 0) return Problems.Field("file", Texts.ImportEmpty);

        var plan = await ImportPlanner.BuildAsync(db, organizationId, collector, ct);
        Guid? importId = null;
        if (collector.Problems.Count == 0)
        {
            var batch = new ImportBatch
            {
                Id = Guid.CreateVersion7(), OrganizationId = organizationId, CreatedById = caller.AccountId, CreatedAt = clock.GetUtcNow().UtcDateTime,
                FileName = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } name ? name : "roster", Format = format,
                PlanJson = JsonSerializer.Serialize(plan), Status = ImportStatus.Previewed,
            };
            db.Imports.Add(batch);
            await db.SaveChangesAsync(ct);
            importId = batch.Id;
        }
        var errors = collector.Problems.OrderBy(p => p.File).ThenBy(p => p.Line).ToList();
        return TypedResults.Ok(new ImportPreviewDto(importId, format, file.FileName, plan.People.Count,
            plan.People.Count(p => p.Role == OrganizationRole.Teacher), plan.People.Count(p => p.Role == OrganizationRole.Student),
            plan.People.Count(p => p.Role == OrganizationRole.Parent), plan.NewClasses, errors.Count, errors.Take(ShownErrors).ToList()));
    }
}
