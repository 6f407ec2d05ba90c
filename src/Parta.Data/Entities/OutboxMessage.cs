namespace Parta.Data.Entities;

public enum MessageChannel
{
    Email = 1,
    Sms = 2,
}

/// <summary>
/// A transactional outbox: an e-mail or SMS is written in the same transaction as the change that causes
/// it and delivered afterwards by a background dispatcher, so a crash between the two loses nothing.
/// Operators see it as the outbox page; in the embedded default nothing leaves the machine.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; }
    public MessageChannel Channel { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
