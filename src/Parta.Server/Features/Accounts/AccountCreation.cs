using Microsoft.AspNetCore.Identity;
using Parta.Data.Entities;

namespace Parta.Server.Features.Accounts;

/// <summary>Creates an account for a person who just proved a phone, or (invited without a phone) an e-mail, with a code.</summary>
public static class AccountCreation
{
    public static async Task<Account?> CreateAsync(UserManager<Account> users, string? phone, string? email, string fullName, string password, DateTime now)
    {
        var id = Guid.CreateVersion7();
        var account = new Account
        {
            // The phone is the login; without one the person signs in by e-mail, and the user name only has to be unique.
            Id = id, UserName = phone ?? $"account-{id:N}", PhoneNumber = phone, PhoneNumberConfirmed = phone is not null,
            Email = email, FullName = fullName, CreatedAt = now,
        };
        var result = await users.CreateAsync(account, password);
        return result.Succeeded ? account : null;
    }
}
