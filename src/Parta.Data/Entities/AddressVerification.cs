namespace Parta.Data.Entities;

/// <summary>
/// A one-time code sent to a phone (SMS) or an e-mail address, proving the person holds it; stored as a
/// hash. One table for both, because the rules (lifetime, failures, one live code per address) are the same.
/// </summary>
public class AddressVerification
{
    public Guid Id { get; set; }
    /// <summary>A normalized phone (+79…) or an e-mail address, exactly as the code was sent to it.</summary>
    public required string Address { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int Failures { get; set; }
}
