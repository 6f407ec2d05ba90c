namespace Parta.Data.Entities;

/// <summary>
/// MSG-6 scheduled sending («отправить завтра в 08:00»): a message waiting for its time. When it is due it
/// is sent as its author would send it then — with the same client id, so it is stored once even if two
/// server nodes pick it up — and this row goes.
/// </summary>
public class ScheduledMessage
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ChatId { get; set; }
    public Guid SenderId { get; set; }
    public Guid ClientId { get; set; }
    public required string Text { get; set; }
    public bool RequiresAcknowledgement { get; set; }
    public DateTime SendAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
