using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.People;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// A chat invitation link as its chat's members see it. <c>Url</c> is present only in the answer that made
/// the link: the token is kept only as a hash, so it cannot be shown again.
/// </summary>
public sealed record ChatInviteLinkDto(
    Guid Id, Guid CreatedById, string CreatedByName, DateTime CreatedAt, DateTime? ExpiresAt, int? MaxUses, int Uses,
    DateTime? RevokedAt, JoinLinkState State, string? Url);

/// <summary>What a person sees before joining a chat through a link.</summary>
public sealed record ChatInvitePreviewDto(Guid OrganizationId, string OrganizationName, Guid ChatId, string ChatTitle, int MembersCount, bool AlreadyMember);

/// <summary>The rules shared by the chat invitation link use cases (MSG-2).</summary>
public static class ChatInviteLinks
{
    /// <summary>Class and team chats follow their roster; the channel holds everyone and a direct chat two people.</summary>
    public static ProblemHttpResult? RefuseUnlessGroup(Chat chat) => chat.Kind switch
    {
        ChatKind.Group => null,
        ChatKind.Class or ChatKind.Team => Problems.Conflict("roster_chat", ChatTexts.RosterChat),
        _ => Problems.Conflict("not_group_chat", ChatTexts.InviteLinksGroupOnly),
    };

    /// <summary>The same rule as adding people by hand: every member, unless the chat left inviting to its admins.</summary>
    public static bool MayInvite(ChatContext chat) => chat.Chat.WhoMayInvite == ChatPermission.Everyone || chat.CanModerate;

    /// <summary>The link's own state; <paramref name="makerMayInvite"/> is asked separately, as it needs the database.</summary>
    public static JoinLinkState StateOf(ChatInviteLink link, DateTime now, bool makerMayInvite = true) =>
        link.RevokedAt is not null ? JoinLinkState.Revoked
        : link.ExpiresAt <= now ? JoinLinkState.Expired
        : link.MaxUses is { } max && link.Uses >= max ? JoinLinkState.UsedUp
        : !makerMayInvite ? JoinLinkState.Inactive
        : JoinLinkState.Active;

    public static ChatInviteLinkDto ToDto(ChatInviteLink link, string createdByName, DateTime now, string? url = null, bool makerMayInvite = true) =>
        new(link.Id, link.CreatedById, createdByName, link.CreatedAt, link.ExpiresAt, link.MaxUses, link.Uses, link.RevokedAt,
            StateOf(link, now, makerMayInvite), url);

    /// <summary>A link that still admits people, or the answer that says plainly why it does not.</summary>
    public static async Task<(ChatInviteLink? Link, ProblemHttpResult? Problem)> FindUsableAsync(PartaDbContext db, string token, DateTime now, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        var link = await db.ChatInviteLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        return link is null ? (null, Problems.NotFound("invite_link_not_found", ChatTexts.InviteLinkNotFound)) : (link, RefusalFor(StateOf(link, now)));
    }

    /// <summary>
    /// Whether this link admits this signed-in person now: the link is usable, the person is an active member of
    /// the link's organization (MSG-2: outsiders never get in; nor unconfirmed teachers, nor parents no child has confirmed), and a student only through a link whose maker
    /// may reach them — the same rule as being added by that person (<see cref="ChildSafety"/>).
    /// </summary>
    public static async Task<(ChatInviteLink? Link, Membership? Membership, ProblemHttpResult? Problem)> AdmitAsync(
        PartaDbContext db, string token, Guid accountId, DateTime now, CancellationToken ct)
    {
        var (link, problem) = await FindUsableAsync(db, token, now, ct);
        if (link is null || problem is not null) return (null, null, problem);
        // A teacher the administration has not confirmed yet sees nothing of the school (ID-2), so no link admits them either.
        var membership = await db.Memberships.AsNoTracking().Where(OrgAccess.IsActive)
            .Where(m => m.OrganizationId == link.OrganizationId && m.AccountId == accountId && (m.Role != OrganizationRole.Teacher || m.VerifiedAt != null))
            .OrderBy(m => m.Role).FirstOrDefaultAsync(ct);
        if (membership is null)
        {
            var organization = await db.Organizations.Where(o => o.Id == link.OrganizationId).Select(o => o.ShortName).FirstAsync(ct);
            return (null, null, Problems.Of(StatusCodes.Status403Forbidden, "not_organization_member", string.Format(ChatTexts.InviteLinkOutsider, organization)));
        }
        if (await People.ParentLinks.RefusalAsync(db, membership, ct) is { } waiting) return (null, null, waiting);
        if (!await MayStillInviteAsync(db, link.ChatId, link.CreatedById, ct))
            return (null, null, Problems.Of(StatusCodes.Status410Gone, "invite_link_inactive", ChatTexts.InviteLinkInactive));
        if ((await ChatMembership.UnreachableStudentsAsync(db, link.OrganizationId, link.CreatedById, [accountId], ct)).Count > 0)
            return (null, null, Problems.Of(StatusCodes.Status403Forbidden, "student_unreachable", ChatTexts.StudentUnreachable));
        return (link, membership, null);
    }

    /// <summary>
    /// A link speaks for the person who made it, so it admits only while they could still invite by hand
    /// (<see cref="MayInvite"/>, through the chat's own door): they are still in the chat and in the school, and
    /// the chat has not left inviting to its admins since — otherwise a student's old link would outlive the
    /// admin's decision.
    /// </summary>
    public static async Task<bool> MayStillInviteAsync(PartaDbContext db, Guid chatId, Guid makerId, CancellationToken ct) =>
        (await ChatAccess.ReadMemberAsync(db, chatId, makerId, ct)).Context is { } maker && MayInvite(maker);

    public static ProblemHttpResult? RefusalFor(JoinLinkState state) => state switch
    {
        JoinLinkState.Revoked => Problems.Of(StatusCodes.Status410Gone, "invite_link_revoked", ChatTexts.InviteLinkRevoked),
        JoinLinkState.Expired => Problems.Of(StatusCodes.Status410Gone, "invite_link_expired", ChatTexts.InviteLinkExpired),
        JoinLinkState.UsedUp => Problems.Of(StatusCodes.Status410Gone, "invite_link_used_up", ChatTexts.InviteLinkUsedUp),
        _ => null,
    };
}
