using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-3 «@»: who a message names. Only the chat's members can be named, so a mention reaches no one outside it.</summary>
public static class MessageMentions
{
    public const int MaxPerMessage = 20;

    /// <summary>The named people, or an error on <c>mentions</c> when there are too many, one is named twice or one is not in the chat.</summary>
    public static async Task<List<Guid>> ValidateAsync(PartaDbContext db, Guid chatId, IReadOnlyList<Guid>? mentions, FieldErrors errors, CancellationToken ct)
    {
        var ids = Input.Items(errors, "mentions", mentions, MaxPerMessage, ChatTexts.TooManyMentions);
        if (ids is null || ids.Count == 0) return ids ?? [];
        var members = await db.ChatMembers.CountAsync(m => m.ChatId == chatId && ids.Contains(m.AccountId), ct);
        if (members != ids.Count) errors.Add("mentions", ChatTexts.MentionNotMember);
        return ids;
    }

    /// <summary>The rows naming these people in a message that already has its number.</summary>
    public static IEnumerable<MessageMention> Rows(Message message, IEnumerable<Guid> accountIds) =>
        accountIds.Select(id => new MessageMention { Id = Guid.CreateVersion7(), ChatId = message.ChatId, Seq = message.Seq, AccountId = id });

    /// <summary>An edit names people anew: the old rows go, the new ones come, saved with the edit.</summary>
    public static async Task ReplaceAsync(PartaDbContext db, Message message, IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var current = await db.MessageMentions.Where(m => m.ChatId == message.ChatId && m.Seq == message.Seq).ToListAsync(ct);
        db.MessageMentions.RemoveRange(current.Where(m => !accountIds.Contains(m.AccountId)));
        db.MessageMentions.AddRange(Rows(message, accountIds.Except(current.Select(m => m.AccountId))));
    }
}
