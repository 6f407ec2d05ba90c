using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data.Entities;

namespace Parta.Data.Configurations;

internal sealed class ChatConfiguration : IEntityTypeConfiguration<Chat>
{
    public void Configure(EntityTypeBuilder<Chat> e)
    {
        e.Property(x => x.Title).HasMaxLength(Limits.ShortName);
        e.Property(x => x.Description).HasMaxLength(Limits.Reason);
        e.Property(x => x.UniqueKey).HasMaxLength(80);
        e.HasIndex(x => new { x.OrganizationId, x.UniqueKey }).IsUnique();
        e.HasIndex(x => new { x.OrganizationId, x.Kind });
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // A deleted class or group leaves its chat and history behind as an ordinary group chat.
        e.HasOne<SchoolClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Group>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ChatMemberConfiguration : IEntityTypeConfiguration<ChatMember>
{
    public void Configure(EntityTypeBuilder<ChatMember> e)
    {
        e.HasIndex(x => new { x.ChatId, x.AccountId }).IsUnique();
        e.HasIndex(x => new { x.AccountId, x.OrganizationId });
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> e)
    {
        e.Property(x => x.Text).HasMaxLength(Limits.ChatMessage);
        e.Property(x => x.SearchText).HasMaxLength(Limits.ChatMessage + 2);
        e.Property(x => x.ForwardedFromChat).HasMaxLength(Limits.ShortName);
        e.Property(x => x.ForwardedFromSender).HasMaxLength(Limits.PersonName);
        // Pages of history and "everything after n" are range scans of this one index.
        e.HasIndex(x => new { x.ChatId, x.Seq }).IsUnique();
        e.HasIndex(x => new { x.ChatId, x.SenderId, x.ClientId }).IsUnique();
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.SenderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MessageReactionConfiguration : IEntityTypeConfiguration<MessageReaction>
{
    public void Configure(EntityTypeBuilder<MessageReaction> e)
    {
        e.Property(x => x.Emoji).HasMaxLength(16);
        e.HasIndex(x => new { x.ChatId, x.Seq, x.AccountId, x.Emoji }).IsUnique();
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PinnedMessageConfiguration : IEntityTypeConfiguration<PinnedMessage>
{
    public void Configure(EntityTypeBuilder<PinnedMessage> e)
    {
        e.HasIndex(x => new { x.ChatId, x.Seq }).IsUnique();
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.PinnedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MessageAcknowledgementConfiguration : IEntityTypeConfiguration<MessageAcknowledgement>
{
    public void Configure(EntityTypeBuilder<MessageAcknowledgement> e)
    {
        e.HasIndex(x => new { x.ChatId, x.Seq, x.AccountId }).IsUnique();
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> e)
    {
        e.Property(x => x.Options).HasMaxLength(Limits.PollOptions);
        e.HasIndex(x => x.MessageId).IsUnique();
        e.HasOne<Message>().WithMany().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> e)
    {
        e.HasIndex(x => new { x.PollId, x.AccountId, x.Option }).IsUnique();
        e.HasOne<Poll>().WithMany().HasForeignKey(x => x.PollId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScheduledMessageConfiguration : IEntityTypeConfiguration<ScheduledMessage>
{
    public void Configure(EntityTypeBuilder<ScheduledMessage> e)
    {
        e.Property(x => x.Text).HasMaxLength(Limits.ChatMessage);
        e.HasIndex(x => x.SendAt);
        e.HasIndex(x => new { x.ChatId, x.SenderId, x.ClientId }).IsUnique();
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.SenderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MessageReportConfiguration : IEntityTypeConfiguration<MessageReport>
{
    public void Configure(EntityTypeBuilder<MessageReport> e)
    {
        e.Property(x => x.Comment).HasMaxLength(Limits.Reason);
        e.Property(x => x.MessageText).HasMaxLength(Limits.ChatMessage);
        // One open complaint per person and message: a second press does not pile up the moderators' queue.
        e.HasIndex(x => new { x.ChatId, x.Seq, x.ReporterId }).IsUnique();
        e.HasIndex(x => new { x.OrganizationId, x.Status, x.CreatedAt });
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.ReporterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ModerationLogEntryConfiguration : IEntityTypeConfiguration<ModerationLogEntry>
{
    public void Configure(EntityTypeBuilder<ModerationLogEntry> e)
    {
        e.Property(x => x.ChatTitle).HasMaxLength(Limits.ShortName);
        e.Property(x => x.ActorName).HasMaxLength(Limits.PersonName);
        e.Property(x => x.TargetName).HasMaxLength(Limits.PersonName);
        e.Property(x => x.Note).HasMaxLength(Limits.Reason);
        e.HasIndex(x => new { x.OrganizationId, x.CreatedAt });
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // The log outlives the chat it speaks of: a deleted chat leaves its entries, with the title kept as text.
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ChatInviteLinkConfiguration : IEntityTypeConfiguration<ChatInviteLink>
{
    public void Configure(EntityTypeBuilder<ChatInviteLink> e)
    {
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.HasIndex(x => x.ChatId);
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MessageMentionConfiguration : IEntityTypeConfiguration<MessageMention>
{
    public void Configure(EntityTypeBuilder<MessageMention> e)
    {
        e.HasIndex(x => new { x.ChatId, x.Seq, x.AccountId }).IsUnique();
        // «Unread mentions» per chat: this person's mentions above their read cursor.
        e.HasIndex(x => new { x.AccountId, x.ChatId, x.Seq });
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostCommentConfiguration : IEntityTypeConfiguration<PostComment>
{
    public void Configure(EntityTypeBuilder<PostComment> e)
    {
        e.Property(x => x.Text).HasMaxLength(Limits.ChatMessage);
        e.HasIndex(x => new { x.ChatId, x.PostSeq, x.CreatedAt });
        e.HasIndex(x => new { x.ChatId, x.AuthorId, x.ClientId }).IsUnique();
        e.HasOne<Chat>().WithMany().HasForeignKey(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChatAvatarConfiguration : IEntityTypeConfiguration<ChatAvatar>
{
    public void Configure(EntityTypeBuilder<ChatAvatar> e)
    {
        e.HasKey(x => x.ChatId);
        e.Property(x => x.ContentType).HasMaxLength(40);
        e.Property(x => x.StorageKey).HasMaxLength(Limits.StorageKey);
        e.HasOne<Chat>().WithOne().HasForeignKey<ChatAvatar>(x => x.ChatId).OnDelete(DeleteBehavior.Cascade);
    }
}
