using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-3/MSG-4: a message gets the chat's next sequence number in the same transaction that stores it.
/// The client names the message with its own id: a retried send (lost answer, reconnect) finds the stored
/// message and returns it instead of storing a second one. The hub's <c>Send</c> and this endpoint share
/// <see cref="MessageSender"/>.
/// </summary>
public static class SendMessage
{
    /// <param name="RequiresAcknowledgement">«Требует ознакомления»: teachers and administrators may ask every recipient to confirm.</param>
    /// <param name="CommentsEnabled">MSG-1: members may comment on this post; only in the information channel.</param>
    /// <param name="Mentions">Members of the chat named with «@» (at most <see cref="MessageMentions.MaxPerMessage"/>); they are told and their chat shows «@».</param>
    /// <param name="Text">At most <see cref="Limits.ChatMessage"/> characters; the OpenAPI document publishes the number as <c>maxLength</c>, and the web client's composer reads it from there.</param>
    public sealed record SendMessageRequest(Guid? ClientId, [property: MaxLength(Limits.ChatMessage)] string? Text, long? ReplyToSeq, bool? RequiresAcknowledgement = null, bool? CommentsEnabled = null,
        IReadOnlyList<Guid>? Mentions = null);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/messages", Handle).WithName(nameof(SendMessage)).WithSummary("Send a message");

    private static async Task<Results<Created<MessageDto>, Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, SendMessageRequest request, MessageSender sender, CancellationToken ct) =>
        (await sender.SendAsync(chat, request, ct)).ToHttp(chat);
}
