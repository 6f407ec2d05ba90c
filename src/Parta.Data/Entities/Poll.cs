namespace Parta.Data.Entities;

/// <summary>MSG-5: a poll travels as a message (its question is the message's text); this is its ballot.</summary>
public class Poll
{
    public Guid Id { get; set; }
    public Guid MessageId { get; set; }
    public Guid ChatId { get; set; }
    public bool MultipleChoice { get; set; }
    /// <summary>Anonymous: only counts are shown, to everyone including the author; who voted for what is never shown.</summary>
    public bool Anonymous { get; set; }
    public DateTime? ClosesAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>The answers, in order, one per line (at most ten, none empty).</summary>
    public required string Options { get; set; }
}

/// <summary>One person's choice of one answer (several rows for a multiple-choice poll).</summary>
public class PollVote
{
    public Guid Id { get; set; }
    public Guid PollId { get; set; }
    public int Option { get; set; }
    public Guid AccountId { get; set; }
    public DateTime VotedAt { get; set; }
}
