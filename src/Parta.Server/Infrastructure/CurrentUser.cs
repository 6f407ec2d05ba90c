using System.Security.Claims;

namespace Parta.Server.Infrastructure;

public static class CurrentUser
{
    public const string OperatorClaim = "parta:operator";
    public const string OperatorPolicy = "Operator";

    public static Guid? IdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid RequiredId(ClaimsPrincipal user) =>
        IdOf(user) ?? throw new InvalidOperationException("Endpoint requires authentication but no user id is present.");
}
