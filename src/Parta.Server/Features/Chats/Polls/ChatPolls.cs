using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>A poll of a chat the caller may see, and whether voting is still open.</summary>
public static class ChatPolls
{
    public static async Task<(Poll? Poll, Message? Message, ProblemHttpResult? Problem)> FindAsync(PartaDbContext db, ChatContext chat, Guid pollId, CancellationToken ct)
    {
        var found = await (from p in db.Polls
                           join m in db.Messages on p.MessageId equals m.Id
                           where p.Id == pollId && p.ChatId == chat.Chat.Id && m.Seq >= chat.Member.VisibleFromSeq && m.DeletedAt == null
                           select new { p, m }).FirstOrDefaultAsync(ct);
        return found is null ? (null, null, Problems.NotFound("poll_not_found", ChatTexts.PollNotFound)) : (found.p, found.m, null);
    }

    public static bool IsOpen(Poll poll, DateTime utcNow) => poll.ClosedAt is null && (poll.ClosesAt is null || poll.ClosesAt > utcNow);
}
