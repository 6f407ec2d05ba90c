using Microsoft.AspNetCore.Identity;

namespace Parta.Data.Entities;

/// <summary>A person. Accounts are global; what they may see inside an organization comes from <see cref="Membership"/>.</summary>
public class Account : IdentityUser<Guid>
{
    public required string FullName { get; set; }

    /// <summary>Platform staff who review applications (ORG-2). Not an organization role.</summary>
    public bool IsOperator { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>ID-8: the person asked to delete the account; it is anonymised when the grace period ends unless they cancel.</summary>
    public DateTime? DeletionRequestedAt { get; set; }
}
