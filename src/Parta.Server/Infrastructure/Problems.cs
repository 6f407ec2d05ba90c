using Microsoft.AspNetCore.Http.HttpResults;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Every error leaves the server as RFC 9457 ProblemDetails with a stable <c>code</c> that clients branch on;
/// <c>title</c>, <c>detail</c> and per-field <c>errors</c> are Russian text for people.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ValidationProblem Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: Texts.ValidationTitle,
            extensions: new Dictionary<string, object?> { ["code"] = "validation_failed" });

    public static ValidationProblem Field(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Validation(errors);
    }

    public static ProblemHttpResult NotFound(string code, string title) => Of(StatusCodes.Status404NotFound, code, title);

    public static ProblemHttpResult Conflict(string code, string title, string? detail = null) =>
        Of(StatusCodes.Status409Conflict, code, title, detail);

    /// <summary>The stable code for a response produced by the framework (binding failures, 404 routes, limits).</summary>
    public static string CodeForStatus(int status) => status switch
    {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        408 => "request_timeout",
        413 => "request_too_large",
        415 => "unsupported_media_type",
        429 => "rate_limited",
        >= 500 => "internal_error",
        _ => "error",
    };

    public static string TitleForStatus(int status) => status switch
    {
        400 => Texts.BadRequest,
        401 => Texts.Unauthenticated,
        403 => Texts.Forbidden,
        404 => Texts.NotFound,
        405 => Texts.MethodNotAllowed,
        413 => Texts.RequestTooLarge,
        415 => Texts.UnsupportedMediaType,
        429 => Texts.RateLimited,
        >= 500 => Texts.InternalError,
        _ => Texts.BadRequest,
    };
}

/// <summary>Per-field error messages collected by a handler before it touches the database.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
