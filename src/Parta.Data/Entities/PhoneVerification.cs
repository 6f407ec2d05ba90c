namespace Parta.Data.Entities;

/// <summary>A one-time code sent to a phone before an account is created with it; stored as a hash.</summary>
public class PhoneVerification
{
    public Guid Id { get; set; }
    public required string Phone { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int Failures { get; set; }
}
