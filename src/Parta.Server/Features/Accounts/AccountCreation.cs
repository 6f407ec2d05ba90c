using Microsoft.AspNetCore.Identity;
using Parta.Data.Entities;

namespace Parta.Server.Features.Accounts;

/// <summary>Creates an account for a person whose phone was just proven with a code.</summary>
public static class AccountCreation
{
    public static async Task<Account?> CreateAsync(UserManager<Account> users, string phone, string? email, string fullName, string password, DateTime now)
    {
        var account = new Account
        {
            Id = Guid.CreateVersion7(), UserName = phone, PhoneNumber = phone, PhoneNumberConfirmed = true,
            Email = email, FullName = fullName, CreatedAt = now,
        };
        var result = await users.CreateAsync(account, password);
        return result.Succeeded ? account : null;
    }
}
