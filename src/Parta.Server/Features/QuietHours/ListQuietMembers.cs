using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;
using Parta.Data.Entities;
using Parta.Server.Features.Chats;

namespace Parta.Server.Features.QuietHours;

/// <summary>
/// MSG-6 for the sender: which teachers of this chat are outside their working hours now, and when they
/// will be notified — so a parent writing at 23:00 sees «учитель получит уведомление в 08:00».
/// </summary>
public static class ListQuietMembers
{
    public sealed record QuietMemberDto(Guid AccountId, string Name, DateTime NotifiedAt);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/quiet-members", Handle).WithName(nameof(ListQuietMembers)).WithSummary("Which teachers of a chat are outside their working hours");

    private static async Task<Results<Ok<List<QuietMemberDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organizationId, ct);
        var teachers = await (from cm in db.ChatMembers
                              join m in db.Memberships on new { cm.OrganizationId, cm.AccountId } equals new { m.OrganizationId, m.AccountId }
                              join a in db.Users on cm.AccountId equals a.Id
                              where cm.ChatId == chatId && cm.AccountId != chat.Member.AccountId && m.Role == OrganizationRole.Teacher && m.DeactivatedAt == null
                              select new { Membership = m, a.FullName }).AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(teachers
            .Select(t => (t, until: WorkingHours.Of(organization, t.Membership).QuietUntil(now)))
            .Where(x => x.until is not null)
            .Select(x => new QuietMemberDto(x.t.Membership.AccountId, x.t.FullName, x.until!.Value))
            .OrderBy(x => x.Name, RussianText.Order)
            .ToList());
    }
}
