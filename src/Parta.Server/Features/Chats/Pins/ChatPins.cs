using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-3 pins, the chat's header: in a direct chat both people pin; elsewhere the chat's admins (and the
/// school's administrators) do, so a class's header says what the teacher wants every family to see.
/// </summary>
public static class ChatPins
{
    public const int MaxPins = 10;

    public static bool MayPin(ChatContext chat) => chat.Chat.Kind == ChatKind.Direct || chat.CanModerate;

    /// <summary>The pinned messages, newest pin first.</summary>
    public static async Task<List<MessageDto>> ListAsync(PartaDbContext db, ChatContext chat, CancellationToken ct)
    {
        var pinned = await (from p in db.PinnedMessages
                            join m in db.Messages on new { p.ChatId, p.Seq } equals new { m.ChatId, m.Seq }
                            where p.ChatId == chat.Chat.Id && m.Seq >= chat.Member.VisibleFromSeq
                            orderby p.PinnedAt descending
                            select m).AsNoTracking().ToListAsync(ct);
        return await MessageReader.ToDtosAsync(db, chat.Chat, pinned, ct);
    }
}
