namespace Parta.Data.Entities;

/// <summary>
/// A server-side cookie session: the cookie carries only <see cref="Id"/>, the authentication ticket lives
/// here, so a session can be listed and ended at once (ID-6).
/// </summary>
public class UserSession
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required byte[] Ticket { get; set; }
    public string? UserAgent { get; set; }
    public string? IpAddress { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
