namespace Parta.Data.Entities;

/// <summary>MSG-1: what a chat is bound to decides who is in it.</summary>
public enum ChatKind
{
    /// <summary>Two people (1:1).</summary>
    Direct = 1,
    /// <summary>A free group: its admins add members.</summary>
    Group = 2,
    /// <summary>Bound to a class; its members follow the class roster (<see cref="ClassChatAudience"/>).</summary>
    Class = 3,
    /// <summary>Bound to a staff group, club or the parents' committee; its members follow the group.</summary>
    Team = 4,
    /// <summary>The organization's information channel: administrators post, every member reads.</summary>
    Channel = 5,
}

/// <summary>Who of a class is in its chat; the class's teachers are in each.</summary>
public enum ClassChatAudience
{
    Students = 1,
    Parents = 2,
    Everyone = 3,
}

/// <summary>Who may write or invite: every member, or only the chat's admins.</summary>
public enum ChatPermission
{
    Everyone = 1,
    Admins = 2,
}

public class Chat
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public ChatKind Kind { get; set; }
    /// <summary>Empty for a direct chat: each side sees the other person's name.</summary>
    public required string Title { get; set; }
    public string? Description { get; set; }
    public Guid? ClassId { get; set; }
    public ClassChatAudience? Audience { get; set; }
    public Guid? GroupId { get; set; }
    /// <summary>
    /// What makes a chat one of a kind in its organization («channel», «direct:a:b», «class:id:audience»,
    /// «team:id»), so two concurrent requests cannot create it twice; null for free groups.
    /// </summary>
    public string? UniqueKey { get; set; }
    public ChatPermission WhoMayWrite { get; set; } = ChatPermission.Everyone;
    public ChatPermission WhoMayInvite { get; set; } = ChatPermission.Admins;
    /// <summary>Whether someone added later reads what was written before they came.</summary>
    public bool NewMembersSeeHistory { get; set; } = true;
    /// <summary>
    /// MSG-4: the sequence number of the newest message. Bumped in the sending transaction (the row lock
    /// orders concurrent senders), so numbers have no gaps and unread counts are a subtraction.
    /// </summary>
    public long LastSeq { get; set; }
    public DateTime? LastMessageAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }
    /// <summary>When the chat's picture (<see cref="ChatAvatar"/>) last changed; null without one. Part of its address, so caches refresh.</summary>
    public DateTime? AvatarUpdatedAt { get; set; }
}

/// <summary>A person in a chat, with their read cursor (MSG-4: unread = chat's last sequence − read sequence).</summary>
public class ChatMember
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ChatId { get; set; }
    public Guid AccountId { get; set; }
    public bool IsAdmin { get; set; }
    /// <summary>True when the member is there because of a class or group roster, which keeps it in sync.</summary>
    public bool FromRoster { get; set; }
    public DateTime JoinedAt { get; set; }
    public long ReadSeq { get; set; }
    /// <summary>Messages with a lower sequence number are hidden from this member (history closed to newcomers).</summary>
    public long VisibleFromSeq { get; set; }
    /// <summary>MSG-7: a moderator restricted this member from writing until then (far future: until lifted).</summary>
    public DateTime? WritingRestrictedUntil { get; set; }
}
