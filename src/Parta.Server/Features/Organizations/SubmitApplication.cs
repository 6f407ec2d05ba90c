using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Reference;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Organizations;

/// <summary>ORG-1: anyone applies to register an organization and gets a private link to follow the review.</summary>
public static class SubmitApplication
{
    public sealed record ApplicationSubmittedDto(Guid Id, string TrackingToken);

    /// <summary>The form's fields, documented for the OpenAPI contract; the handler reads the form itself to report every bad field at once.</summary>
    public sealed record ApplicationForm(
        string Kind, string FullName, string ShortName, string RegionCode, string Municipality, string Settlement,
        string AdminFullName, string AdminPhone, string AdminEmail, string Inn, string Kpp, IFormFile Document);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications", Handle).WithName(nameof(SubmitApplication)).WithSummary("Apply to register a school")
            .Accepts<ApplicationForm>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(DocumentTypes.MaxDocumentBytes + 1024 * 1024))
            .RequireRateLimiting(RateLimits.Applications);

    private static async Task<Results<Created<ApplicationSubmittedDto>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpRequest request, PartaDbContext db, IFileStore files, Outbox outbox, IOptions<PartaOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var (form, formProblem) = await FormReading.ReadAsync(request, ct);
        if (form is null) return formProblem!;

        var errors = new FieldErrors();
        var kind = ParseKind(form["kind"]);
        if (kind is null) errors.Add("kind", Texts.UnknownKind);
        var fullName = Input.Text(errors, "fullName", form["fullName"], Limits.OrganizationFullName);
        var shortName = Input.Text(errors, "shortName", form["shortName"], Limits.ShortName);
        var region = Regions.Find(form["regionCode"].ToString().Trim());
        if (region is null) errors.Add("regionCode", Texts.UnknownRegion);
        var municipality = Input.Text(errors, "municipality", form["municipality"], Limits.PlaceName);
        var settlement = Input.Text(errors, "settlement", form["settlement"], Limits.PlaceName);
        var adminFullName = Input.Text(errors, "adminFullName", form["adminFullName"], Limits.PersonName);
        var adminPhone = Input.MobilePhone(errors, "adminPhone", form["adminPhone"]);
        var adminEmail = Input.Email(errors, "adminEmail", form["adminEmail"]);
        var inn = Input.Inn(errors, "inn", form["inn"]);
        var kpp = Input.Kpp(errors, "kpp", form["kpp"]);
        var document = await CheckDocumentAsync(errors, form.Files.GetFile("document"), ct);
        if (errors.Any) return Problems.Validation(errors);

        if (await db.Organizations.AnyAsync(o => o.Inn == inn && o.Kpp == kpp, ct))
            return Problems.Conflict("duplicate_organization", Texts.DuplicateOrganization, Texts.DuplicateOrganizationDetail);

        var (file, contentType) = document!.Value;
        string storageKey;
        await using (var content = file.OpenReadStream())
            storageKey = await files.SaveAsync(content, ct);

        var token = Tokens.NewLinkToken();
        var application = new OrganizationApplication
        {
            Id = Guid.CreateVersion7(), Kind = kind!.Value, FullName = fullName!, ShortName = shortName!, RegionCode = region!.Code,
            Municipality = municipality!, Settlement = settlement!, AdminFullName = adminFullName!, AdminPhone = adminPhone!,
            AdminEmail = adminEmail!, Inn = inn!, Kpp = kpp!,
            DocumentFileName = DisplayFileName(file.FileName), DocumentContentType = contentType, DocumentSize = file.Length,
            DocumentStorageKey = storageKey, TrackingTokenHash = Tokens.Hash(token), Status = ApplicationStatus.Pending,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Applications.Add(application);
        outbox.Email(adminEmail!, $"Заявка «{shortName}» принята",
            $"Здравствуйте, {adminFullName}!\n\nЗаявка на подключение организации «{fullName}» к платформе Парта принята и ждёт проверки оператором.\n" +
            $"Следить за её статусом: {options.Value.Link($"/track/{token}")}\n\nНе пересылайте эту ссылку посторонним.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // Nothing half-written: the stored document goes when its row could not be saved.
            await files.DeleteAsync(storageKey, CancellationToken.None);
            throw;
        }
        return TypedResults.Created($"/api/applications/track/{token}", new ApplicationSubmittedDto(application.Id, token));
    }

    private static OrganizationKind? ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "school" => OrganizationKind.School,
        "college" => OrganizationKind.College,
        "additional" => OrganizationKind.Additional,
        _ => null,
    };

    private static async Task<(IFormFile File, string ContentType)?> CheckDocumentAsync(FieldErrors errors, IFormFile? file, CancellationToken ct)
    {
        if (file is null) { errors.Add("document", Texts.DocumentRequired); return null; }
        if (file.Length == 0) { errors.Add("document", Texts.DocumentEmpty); return null; }
        if (file.Length > DocumentTypes.MaxDocumentBytes) { errors.Add("document", Texts.DocumentTooLarge); return null; }
        var head = new byte[8];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var detected = DocumentTypes.Detect(head.AsSpan(0, read));
        if (detected is null) { errors.Add("document", Texts.DocumentType); return null; }
        return (file, detected.Value.ContentType);
    }

    private static string DisplayFileName(string name)
    {
        var clean = new string(Path.GetFileName(name).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0) clean = "document";
        return clean.Length > 200 ? clean[^200..] : clean;
    }
}
