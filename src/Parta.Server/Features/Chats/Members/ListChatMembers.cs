using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// Who is in a chat: names, roles and badges — never phones or e-mails (ID-7). In a large chat
/// (<see cref="LargeAudience"/>) only its admins and the organization's administrators get everyone; the
/// others get the count and the admins, so they still know whom to ask.
/// </summary>
public static class ListChatMembers
{
    public sealed record ChatMemberDto(Guid AccountId, string FullName, OrganizationRole Role, bool VerifiedTeacher, bool IsAdmin, bool FromRoster);

    /// <param name="Count">Active members of the chat.</param>
    /// <param name="Complete">False when <paramref name="Members"/> holds only the chat's admins (a large chat seen by an ordinary member).</param>
    public sealed record ChatMembersDto(int Count, bool Complete, List<ChatMemberDto> Members);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/members", Handle).WithName(nameof(ListChatMembers)).WithSummary("List a chat's members");

    private static async Task<Results<Ok<ChatMembersDto>, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, PartaDbContext db, CancellationToken ct)
    {
        var active = from cm in db.ChatMembers
                     where cm.ChatId == chatId
                     let m = db.Memberships.Where(m => m.OrganizationId == organizationId && m.AccountId == cm.AccountId && m.DeactivatedAt == null)
                         .OrderBy(m => m.Role).FirstOrDefault()
                     where m != null
                     select new { cm, m };
        var count = await active.CountAsync(ct);
        var complete = LargeAudience.SeesEveryone(chat) || !LargeAudience.IsLarge(chat.Chat, count);
        var rows = await (from x in active
                          where complete || x.cm.IsAdmin
                          join a in db.Users on x.cm.AccountId equals a.Id
                          select new { x.cm.AccountId, a.FullName, x.m.Role, x.m.VerifiedAt, x.cm.IsAdmin, x.cm.FromRoster }).ToListAsync(ct);
        return TypedResults.Ok(new ChatMembersDto(count, complete, rows
            .Select(r => new ChatMemberDto(r.AccountId, r.FullName, r.Role, r.Role == OrganizationRole.Teacher && r.VerifiedAt != null, r.IsAdmin, r.FromRoster))
            .OrderByDescending(r => r.IsAdmin).ThenBy(r => r.FullName, RussianText.Order)
            .ToList()));
    }
}
