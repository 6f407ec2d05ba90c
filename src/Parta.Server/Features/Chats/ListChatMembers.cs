using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>Who is in a chat: names, roles and badges — never phones or e-mails (ID-7).</summary>
public static class ListChatMembers
{
    public sealed record ChatMemberDto(Guid AccountId, string FullName, OrganizationRole Role, bool VerifiedTeacher, bool IsAdmin, bool FromRoster);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/chats/{chatId:guid}/members", Handle).WithName(nameof(ListChatMembers));

    private static async Task<Results<Ok<List<ChatMemberDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, Guid chatId, HttpContext context, PartaDbContext db, CancellationToken ct)
    {
        var (chat, problem) = await ChatAccess.RequireMemberAsync(db, organizationId, chatId, context.User, ct);
        if (chat is null) return problem!;
        var rows = await (from cm in db.ChatMembers
                          join a in db.Users on cm.AccountId equals a.Id
                          where cm.ChatId == chatId
                          let m = db.Memberships.Where(m => m.OrganizationId == organizationId && m.AccountId == cm.AccountId && m.DeactivatedAt == null)
                              .OrderBy(m => m.Role).FirstOrDefault()
                          where m != null
                          select new { cm.AccountId, a.FullName, m.Role, m.VerifiedAt, cm.IsAdmin, cm.FromRoster }).ToListAsync(ct);
        return TypedResults.Ok(rows
            .Select(r => new ChatMemberDto(r.AccountId, r.FullName, r.Role, r.Role == OrganizationRole.Teacher && r.VerifiedAt != null, r.IsAdmin, r.FromRoster))
            .OrderByDescending(r => r.IsAdmin).ThenBy(r => r.FullName, RussianText.Order)
            .ToList());
    }
}
