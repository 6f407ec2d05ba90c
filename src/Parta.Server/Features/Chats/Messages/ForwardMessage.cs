using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-3: a member forwards a message they can see into another chat they may write in. The copy says where
/// it first came from (a forward of a forward keeps the original source) and travels like any sent message
/// (<see cref="MessageSender"/>: one number, stored once per client id, the same events). A poll goes as its
/// question, without the ballot; mentions stay behind.
/// </summary>
public static class ForwardMessage
{
    public sealed record ForwardMessageRequest(Guid? ClientId, Guid? FromChatId, long? Seq);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/messages/forward", Handle).WithName(nameof(ForwardMessage)).WithSummary("Forward a message to another chat");

    private static async Task<Results<Created<MessageDto>, Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, Guid chatId, ChatContext target, ForwardMessageRequest request, HttpContext context, PartaDbContext db, MessageSender sender, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.FromChatId is null) errors.Add("fromChatId", ChatTexts.ForwardSourceNotFound);
        if (request.Seq is null) errors.Add("seq", ChatTexts.ForwardSourceNotFound);
        if (errors.Any) return Problems.Validation(errors);
        // The source chat's door, as the target's was passed by the chat scope; within one chat it is passed once (the door
        // attaches the chat's rows to this context).
        var (source, sourceProblem) = request.FromChatId == chatId ? (target, null)
            : await ChatAccess.RequireMemberAsync(db, organizationId, request.FromChatId!.Value, context.User, ct);
        if (source is null) return sourceProblem!;
        var message = await ChatAccess.VisibleMessageAsync(db, source, request.Seq!.Value, ct);
        if (message is null || message.DeletedAt is not null) return Problems.NotFound("message_not_found", ChatTexts.ForwardSourceNotFound);

        var origin = message.ForwardedFromChat is not null
            ? new ForwardedSource(message.ForwardedFromChat, message.ForwardedFromSender ?? "", message.ForwardedSentAt ?? message.CreatedAt)
            : new ForwardedSource(await TitleAsync(db, source, ct), await NameAsync(db, organizationId, message.SenderId, ct), message.CreatedAt);
        return (await sender.SendAsync(target, new SendMessage.SendMessageRequest(request.ClientId, message.Text, null), ct, forwarded: origin)).ToHttp(target);
    }

    /// <summary>The source chat as the forwarder sees it: a direct chat is named after the other person.</summary>
    private static async Task<string> TitleAsync(PartaDbContext db, ChatContext source, CancellationToken ct)
    {
        if (source.Chat.Kind != ChatKind.Direct) return source.Chat.Title;
        var peer = await db.ChatMembers.Where(m => m.ChatId == source.Chat.Id && m.AccountId != source.Member.AccountId).Select(m => (Guid?)m.AccountId).FirstOrDefaultAsync(ct);
        return peer is null ? source.Chat.Title : await NameAsync(db, source.Chat.OrganizationId, peer.Value, ct);
    }

    private static async Task<string> NameAsync(PartaDbContext db, Guid organizationId, Guid accountId, CancellationToken ct) =>
        (await MessageReader.PeopleAsync(db, organizationId, [accountId], ct)).GetValueOrDefault(accountId, MessageReader.Person.Unknown).Name;
}
