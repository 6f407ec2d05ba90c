using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-7: what every moderation action leaves behind, written by the action itself before it commits — one
/// audit log row, and the open reports it answers marked resolved — so the log never misses an action
/// nor names one that was rolled back.
/// </summary>
public static class ModerationRecord
{
    /// <summary>Adds (does not save) the log row; names are copied as text so the log outlives the people and the chat.</summary>
    public static async Task<ModerationLogEntry> LogAsync(
        PartaDbContext db, Chat chat, Guid actorId, ModerationActionKind action, DateTime now, CancellationToken ct,
        Guid? targetId = null, long? seq = null, Guid? reportId = null, string? note = null)
    {
        var people = await MessageReader.PeopleAsync(db, chat.OrganizationId, targetId is { } t ? [actorId, t] : [actorId], ct);
        var entry = new ModerationLogEntry
        {
            Id = Guid.CreateVersion7(), OrganizationId = chat.OrganizationId, ChatId = chat.Id, ChatTitle = TitleOf(chat),
            ActorId = actorId, ActorName = people.GetValueOrDefault(actorId, MessageReader.Person.Unknown).Name, Action = action,
            TargetAccountId = targetId, TargetName = targetId is { } id ? people.GetValueOrDefault(id, MessageReader.Person.Unknown).Name : null,
            Seq = seq, ReportId = reportId, Note = note, CreatedAt = now,
        };
        db.ModerationLog.Add(entry);
        return entry;
    }

    /// <summary>Marks the chat's open reports about one message, or about everything one author wrote there, as acted on.</summary>
    public static Task<int> ResolveAsync(PartaDbContext db, Guid chatId, Guid moderatorId, DateTime now, CancellationToken ct, long? seq = null, Guid? authorId = null) =>
        db.MessageReports
            .Where(r => r.ChatId == chatId && r.Status == ReportStatus.Open && (seq == null || r.Seq == seq) && (authorId == null || r.AuthorId == authorId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Resolved)
                .SetProperty(r => r.HandledById, moderatorId).SetProperty(r => r.HandledAt, now), ct);

    /// <summary>A direct chat has no title of its own (each side sees the other's name).</summary>
    public static string TitleOf(Chat chat) => chat.Kind == ChatKind.Direct ? ChatTexts.DirectChatTitle : chat.Title;
}
