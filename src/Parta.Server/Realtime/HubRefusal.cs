using Microsoft.AspNetCore.SignalR;

namespace Parta.Server.Realtime;

/// <summary>
/// A refusal reaches a hub caller as a <see cref="HubException"/> whose message is «code: text» — the ProblemDetails'
/// stable code and its Russian title, or the per-field messages of a validation problem — the same words an HTTP
/// caller reads. SignalR passes a HubException's message to the client; any other exception's it hides.
/// </summary>
public static class HubRefusal
{
    public static HubException From(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        var code = problem.Extensions.TryGetValue("code", out var value) ? value as string : null;
        var text = problem is HttpValidationProblemDetails validation && validation.Errors.Count > 0
            // The messages alone: a person reads «Слишком длинное значение…», not the field's name in the request.
            ? string.Join("; ", validation.Errors.SelectMany(e => e.Value).Distinct())
            : problem.Title;
        return new HubException($"{code ?? "error"}: {text}");
    }
}
