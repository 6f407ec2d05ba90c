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
