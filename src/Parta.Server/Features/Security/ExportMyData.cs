using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>
/// ID-8 «download my data»: everything the platform keeps about the person, as JSON files inside a zip,
/// with a README in Russian saying what each holds (the person's uploaded files will join it once the
/// platform stores any): the profile, memberships, classes, family links and sessions (account.json),
/// and what they wrote and did in chats (messages.json, comments.json, poll-votes.json, reactions.json).
/// Built in memory: even a busy teacher's years of messages are a few megabytes.
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
        account.MapGet("/export", Handle).WithName(nameof(ExportMyData)).WithSummary("Download my personal data (zip)").Produces(StatusCodes.Status200OK, contentType: "application/zip");

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
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.AccountId == me)
            .Select(s => new { s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt }).ToListAsync(ct))
            .Select(s => new { Device = DeviceNames.Describe(s.UserAgent), s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt });
        var activity = await MyChatActivity.OfAsync(db, me, ct);

        var exportedAt = clock.GetUtcNow().UtcDateTime;
        var export = new
        {
            ExportedAt = exportedAt, Account = account, Memberships = memberships, Classes = classes,
            Family = family.Select(f => new { f.ParentName, f.StudentName, f.Status }), Sessions = sessions,
        };
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteAsync(archive, "README.txt", Readme(exportedAt, activity), ct);
            await WriteJsonAsync(archive, "account.json", export, ct);
            await WriteJsonAsync(archive, "messages.json", activity.Messages, ct);
            await WriteJsonAsync(archive, "comments.json", activity.Comments, ct);
            await WriteJsonAsync(archive, "poll-votes.json", activity.Votes, ct);
            await WriteJsonAsync(archive, "reactions.json", activity.Reactions, ct);
        }
        zip.Position = 0;
        return TypedResults.File(zip, "application/zip", $"parta-data-{exportedAt:yyyy-MM-dd}.zip");
    }

    private static async Task WriteJsonAsync<T>(ZipArchive archive, string name, T content, CancellationToken ct)
    {
        await using var entry = await archive.CreateEntry(name).OpenAsync(ct);
        await JsonSerializer.SerializeAsync(entry, content, Json, ct);
    }

    private static async Task WriteAsync(ZipArchive archive, string name, string text, CancellationToken ct)
    {
        await using var entry = await archive.CreateEntry(name).OpenAsync(ct);
        await entry.WriteAsync(new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble(), ct);
        await entry.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), ct);
    }

    private static string Readme(DateTime exportedAt, MyChatActivity.Activity activity) => $"""
        Ваши данные на платформе Парта, выгружены {exportedAt:dd.MM.yyyy HH:mm} (UTC).
        Файлы в формате JSON открываются любым текстовым редактором; время везде в UTC.

        account.json — профиль (ФИО, телефон, e-mail), членство в школах и роли, классы, семейные связи, сеансы входа (устройство, адрес, время).
        messages.json — ваши сообщения в чатах ({activity.Messages.Count}): школа, чат, номер сообщения, время, текст; у удалённых текст стёрт.
        comments.json — ваши комментарии к постам канала ({activity.Comments.Count}).
        poll-votes.json — ваши ответы в опросах ({activity.Votes.Count}): вопрос и выбранный вариант.
        reactions.json — ваши реакции на сообщения ({activity.Reactions.Count}): чат, номер сообщения, эмодзи.

        Чужие сообщения в выгрузку не входят: это данные других людей.
        """;
}
