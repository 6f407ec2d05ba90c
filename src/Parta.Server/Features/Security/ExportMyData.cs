using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>
/// ID-8 «download my data»: everything the platform keeps about the person, as JSON inside a zip (the
/// person's uploaded files will join it once the platform stores any). Built in memory: it is small.
/// </summary>
public static class ExportMyData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Map(RouteGroupBuilder account) =>
        account.MapGet("/export", Handle).WithName(nameof(ExportMyData)).Produces(StatusCodes.Status200OK, contentType: "application/zip");

    private static async Task<IResult> Handle(HttpContext context, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = CurrentUser.RequiredId(context.User);
        var account = await db.Users.AsNoTracking().Where(a => a.Id == me)
            .Select(a => new { a.FullName, Phone = a.PhoneNumber, a.Email, a.CreatedAt, a.DeletionRequestedAt }).FirstAsync(ct);
        var memberships = await (
            from m in db.Memberships where m.AccountId == me
            join o in db.Organizations on m.OrganizationId equals o.Id
            select new { MembershipId = m.Id, Organization = o.FullName, m.Role, m.JoinedAt, m.Position, m.VerifiedAt, m.DeactivatedAt }).ToListAsync(ct);
        var membershipIds = memberships.Select(m => m.MembershipId).ToList();
        var classes = await (
            from cm in db.ClassMembers where membershipIds.Contains(cm.MembershipId)
            join c in db.Classes on cm.ClassId equals c.Id
            select new { Class = c.Name, cm.JoinedAt }).ToListAsync(ct);
        var family = await Structure.FamilyLinks.OfMembershipsAsync(db, membershipIds, ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == me)
            .Select(s => new { s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt }).ToListAsync(ct);

        var export = new
        {
            ExportedAt = clock.GetUtcNow().UtcDateTime, Account = account, Memberships = memberships, Classes = classes,
            Family = family.Select(f => new { f.ParentName, f.StudentName, f.Status }), Sessions = sessions,
        };
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("account.json").OpenAsync(ct);
            await JsonSerializer.SerializeAsync(entry, export, Json, ct);
        }
        zip.Position = 0;
        return TypedResults.File(zip, "application/zip", $"parta-data-{DateTime.UtcNow:yyyy-MM-dd}.zip");
    }
}
