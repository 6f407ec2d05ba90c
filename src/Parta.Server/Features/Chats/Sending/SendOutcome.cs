using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Server.Realtime;

namespace Parta.Server.Features.Chats;

/// <summary>
/// What a send (<see cref="MessageSender"/>) came to — one of four cases and nothing else — with the one way each
/// reaches an HTTP caller (<see cref="ToHttp"/>) and the one way it reaches a hub caller (<see cref="ToHub"/>).
/// </summary>
public abstract record SendOutcome
{
    private SendOutcome() { }

    /// <summary>Stored now, with the chat's next number, and announced to the chat.</summary>
    public sealed record Stored(MessageDto Message) : SendOutcome;

    /// <summary>A retry (the same client id): the message stored the first time, not stored again.</summary>
    public sealed record StoredBefore(MessageDto Message) : SendOutcome;

    /// <summary>The message is wrong (per-field messages); nothing was stored.</summary>
    public sealed record Invalid(ValidationProblem Problem) : SendOutcome;

    /// <summary>The caller may not write here now (a moderator's restriction); nothing was stored.</summary>
    public sealed record Refused(ProblemHttpResult Problem) : SendOutcome;

    /// <summary>201 with the message's address, 200 for a retry, or the problem.</summary>
    public Results<Created<MessageDto>, Ok<MessageDto>, ValidationProblem, ProblemHttpResult> ToHttp(ChatContext chat) => this switch
    {
        Stored stored => TypedResults.Created($"/api/organizations/{chat.Chat.OrganizationId}/chats/{chat.Chat.Id}/messages/{stored.Message.Seq}", stored.Message),
        StoredBefore before => TypedResults.Ok(before.Message),
        Invalid invalid => invalid.Problem,
        Refused refused => refused.Problem,
        _ => throw new UnreachableException(),
    };

    /// <summary>The message (stored now or before), or the problem as the hub's refusal.</summary>
    public MessageDto ToHub() => this switch
    {
        Stored stored => stored.Message,
        StoredBefore before => before.Message,
        Invalid invalid => throw HubRefusal.From(invalid.Problem.ProblemDetails),
        Refused refused => throw HubRefusal.From(refused.Problem.ProblemDetails),
        _ => throw new UnreachableException(),
    };
}
