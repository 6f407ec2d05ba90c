using Microsoft.AspNetCore.Identity;
using Parta.Data.Entities;

namespace Parta.Server.Features.Accounts;

public static class SignOut
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/session/sign-out", async (SignInManager<Account> signIn) =>
        {
            // Removes the server-side session row too (the cookie's session store), so a copied cookie stops working.
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        }).WithName(nameof(SignOut)).WithSummary("Sign out of this device");
}
