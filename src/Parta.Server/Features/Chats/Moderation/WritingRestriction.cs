using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-7: a moderator's restriction on one member's writing in one chat. «Until lifted» is stored as a
/// far-future moment, so every door compares one column with now; DTOs show it as no end (null) with a flag.
/// </summary>
public static class WritingRestriction
{
    /// <summary>Far enough to never pass, near enough for every provider's timestamp type.</summary>
    public static readonly DateTime UntilLifted = new(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static bool IsIndefinite(DateTime until) => until >= UntilLifted;

    /// <summary>The end a client shows: null for «until lifted» (and for no restriction, which the flag tells apart).</summary>
    public static DateTime? ShownEnd(DateTime? until) => until is { } end && !IsIndefinite(end) ? end : null;

    /// <summary>
    /// Why this member may not write here now — the chat's rules or a moderator's restriction — or null.
    /// Every door that adds or changes text asks this (sending over HTTP and the hub, polls, scheduling, editing).
    /// </summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(PartaDbContext db, ChatContext chat, DateTime now, CancellationToken ct)
    {
        if (!chat.CanWrite)
            return Problems.Of(StatusCodes.Status403Forbidden, "chat_read_only", chat.Chat.Kind switch
            {
                ChatKind.Channel => ChatTexts.ChannelAdminsOnly,
                ChatKind.Direct => ChatTexts.DirectClosedBySchool,
                _ => ChatTexts.CannotWrite,
            });
        return await RestrictionAsync(db, chat, now, ct);
    }

    /// <summary>
    /// A moderator's restriction on this member here, or null. Comments under a channel post ask only this:
    /// the channel's rule that only administrators write is about posts, not comments.
    /// </summary>
    public static async Task<ProblemHttpResult?> RestrictionAsync(PartaDbContext db, ChatContext chat, DateTime now, CancellationToken ct)
    {
        if (!chat.IsWritingRestricted(now)) return null;
        var until = chat.Member.WritingRestrictedUntil!.Value;
        return Problems.Of(StatusCodes.Status403Forbidden, "writing_restricted", IsIndefinite(until)
            ? ChatTexts.WritingRestrictedUntilLifted
            : string.Format(ChatTexts.WritingRestricted, await SchoolTimeAsync(db, chat.Chat.OrganizationId, until, ct)));
    }

    /// <summary>The moment in the school's own time, as everyone in it reads the clock: «24 ноября 14:00».</summary>
    public static async Task<string> SchoolTimeAsync(PartaDbContext db, Guid organizationId, DateTime moment, CancellationToken ct)
    {
        var zoneId = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.TimeZone).FirstAsync(ct);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(moment, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        return local.ToString("d MMMM HH:mm", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
    }

    /// <summary>
    /// The door of restricting and lifting: the caller moderates the chat, and the person is another member of
    /// it who is no moderator (a restriction on a chat admin or a school administrator would not hold anyway).
    /// An organization administrator outside the chat passes when someone reported the person there.
    /// The member row comes back tracked, to be changed.
    /// </summary>
    public static async Task<(ChatContext? Moderator, ChatMember? Target, ProblemHttpResult? Problem)> RequireTargetAsync(
        PartaDbContext db, Guid organizationId, Guid chatId, Guid accountId, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var (chat, problem) = await ChatAccess.RequireModeratorAsync(db, organizationId, chatId, user, r => r.AuthorId == accountId, ct);
        if (chat is null) return (null, null, problem);
        if (!chat.CanModerate) return (null, null, Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotModerator));
        if (accountId == chat.Member.AccountId) return (null, null, Problems.Conflict("cannot_restrict_self", ChatTexts.RestrictSelf));
        var target = await db.ChatMembers.FirstOrDefaultAsync(m => m.ChatId == chatId && m.AccountId == accountId, ct);
        if (target is null) return (null, null, Problems.NotFound("member_not_found", ChatTexts.PersonNotFound));
        var administrator = await db.Memberships.AnyAsync(m => m.OrganizationId == organizationId && m.AccountId == accountId
            && m.Role == OrganizationRole.Administrator && m.DeactivatedAt == null, ct);
        if (target.IsAdmin || administrator) return (null, null, Problems.Conflict("cannot_restrict_moderator", ChatTexts.RestrictModerator));
        return (chat, target, null);
    }
}
