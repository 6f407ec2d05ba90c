using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-5: a poll is a message whose text is the question, with a ballot of 2–10 answers: single or multiple
/// choice, anonymous or open, with an optional closing time. Anyone who may write in the chat may ask.
/// Sent like any message — with the client's id, so a retry is stored once.
/// </summary>
public static class CreatePoll
{
    public sealed record CreatePollRequest(Guid? ClientId, string? Question, IReadOnlyList<string>? Options, bool? MultipleChoice, bool? Anonymous, DateTime? ClosesAt);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/polls", Handle).WithName(nameof(CreatePoll)).WithSummary("Create a poll");

    private static async Task<Results<Created<MessageDto>, Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, CreatePollRequest request, MessageSender sender, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var question = Input.Text(errors, "question", request.Question, Limits.PollQuestion);
        var options = request.Options is { Count: >= 2 and <= Limits.PollOptionsCount }
            ? request.Options.Select((option, i) => Input.Text(errors, $"options[{i}]", option, Limits.PollOption)).ToList()
            : [];
        // Counted before each answer is read: ten thousand answers get one message, not ten thousand.
        if (options.Count == 0) errors.Add("options", string.Format(ChatTexts.PollOptionsCount, Limits.PollOptionsCount));
        else if (options.Where(o => o is not null).Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != options.Count(o => o is not null))
            errors.Add("options", ChatTexts.PollOptionsRepeat);
        if (request.ClosesAt is { } closesAt && RussianText.AsUtc(closesAt) <= clock.GetUtcNow().UtcDateTime) errors.Add("closesAt", ChatTexts.PollClosesInPast);
        if (errors.Any) return Problems.Validation(errors);

        var poll = new Poll
        {
            Id = Guid.CreateVersion7(), ChatId = chat.Chat.Id, MultipleChoice = request.MultipleChoice == true, Anonymous = request.Anonymous == true,
            ClosesAt = (request.ClosesAt is { } at ? RussianText.AsUtc(at) : null), Options = PollOptions.Join(options!),
        };
        var outcome = await sender.SendAsync(chat, new SendMessage.SendMessageRequest(request.ClientId, question, null), ct,
            message =>
            {
                poll.MessageId = message.Id;
                return [poll];
            });
        return outcome.ToHttp(chat);
    }
}
