using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>Who has and who has not confirmed «Ознакомлен» — for the message's sender and the chat's admins.</summary>
public static class ListAcknowledgements
{
    public sealed record AcknowledgedPersonDto(Guid AccountId, string Name, DateTime AcknowledgedAt);

    public sealed record PendingPersonDto(Guid AccountId, string Name);

    public sealed record AcknowledgementsDto(long Seq, IReadOnlyList<AcknowledgedPersonDto> Acknowledged, IReadOnlyList<PendingPersonDto> Pending);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/messages/{seq:long}/acknowledgements", Handle).WithName(nameof(ListAcknowledgements)).WithSummary("Who confirmed a message and who did not");

    private static async Task<Results<Ok<AcknowledgementsDto>, ProblemHttpResult>> Handle(
        ChatContext chat, long seq, PartaDbContext db, CancellationToken ct)
    {
        var (message, refusal) = await AskingMessageAsync(db, chat, seq, ct);
        if (message is null) return refusal!;
        return TypedResults.Ok(await ReadAsync(db, message, ct));
    }

    /// <summary>The message, if it asks for acknowledgement and the caller is its sender or a chat admin.</summary>
    public static async Task<(Message? Message, ProblemHttpResult? Problem)> AskingMessageAsync(PartaDbContext db, ChatContext chat, long seq, CancellationToken ct)
    {
        var message = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        if (message is null) return (null, Problems.NotFound("message_not_found", ChatTexts.MessageNotFound));
        if (message.SenderId != chat.Member.AccountId && !chat.CanModerate)
            return (null, Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotSenderOrAdmin));
        if (!message.RequiresAcknowledgement || message.DeletedAt is not null)
            return (null, Problems.Conflict("no_acknowledgement_asked", ChatTexts.NoAcknowledgementAsked));
        return (message, null);
    }

    public static async Task<AcknowledgementsDto> ReadAsync(PartaDbContext db, Message message, CancellationToken ct)
    {
        var members = await (from cm in db.ChatMembers
                             join a in db.Users on cm.AccountId equals a.Id
                             where cm.ChatId == message.ChatId && cm.AccountId != message.SenderId && cm.VisibleFromSeq <= message.Seq
                             select new { cm.AccountId, a.FullName }).ToListAsync(ct);
        var done = await db.MessageAcknowledgements.Where(a => a.ChatId == message.ChatId && a.Seq == message.Seq)
            .ToDictionaryAsync(a => a.AccountId, a => a.AcknowledgedAt, ct);
        return new AcknowledgementsDto(message.Seq,
            [.. members.Where(m => done.ContainsKey(m.AccountId)).Select(m => new AcknowledgedPersonDto(m.AccountId, m.FullName, done[m.AccountId])).OrderBy(p => p.Name, RussianText.Order)],
            [.. members.Where(m => !done.ContainsKey(m.AccountId)).Select(m => new PendingPersonDto(m.AccountId, m.FullName)).OrderBy(p => p.Name, RussianText.Order)]);
    }
}
