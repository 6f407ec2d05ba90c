using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Parta.Data.Entities;

namespace Parta.Data;

public class PartaDbContext(DbContextOptions<PartaDbContext> options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<OrganizationApplication> Applications => Set<OrganizationApplication>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<UserSession> Sessions => Set<UserSession>();
    public DbSet<OperatorSetupToken> OperatorSetupTokens => Set<OperatorSetupToken>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<JoinLink> JoinLinks => Set<JoinLink>();
    public DbSet<AddressVerification> AddressVerifications => Set<AddressVerification>();
    public DbSet<TeacherAssignment> TeacherAssignments => Set<TeacherAssignment>();
    public DbSet<ClassMember> ClassMembers => Set<ClassMember>();
    public DbSet<Guardianship> Guardianships => Set<Guardianship>();
    public DbSet<ImportBatch> Imports => Set<ImportBatch>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<Chat> Chats => Set<Chat>();
    public DbSet<ChatMember> ChatMembers => Set<ChatMember>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageReaction> MessageReactions => Set<MessageReaction>();
    public DbSet<PinnedMessage> PinnedMessages => Set<PinnedMessage>();
    public DbSet<MessageAcknowledgement> MessageAcknowledgements => Set<MessageAcknowledgement>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<ScheduledMessage> ScheduledMessages => Set<ScheduledMessage>();
    public DbSet<PollVote> PollVotes => Set<PollVote>();
    public DbSet<MessageReport> MessageReports => Set<MessageReport>();
    public DbSet<ModerationLogEntry> ModerationLog => Set<ModerationLogEntry>();
    public DbSet<ChatInviteLink> ChatInviteLinks => Set<ChatInviteLink>();
    public DbSet<MessageMention> MessageMentions => Set<MessageMention>();
    public DbSet<PostComment> PostComments => Set<PostComment>();
    public DbSet<ChatAvatar> ChatAvatars => Set<ChatAvatar>();
    public DbSet<FileUpload> FileUploads => Set<FileUpload>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartaDbContext).Assembly);
        // MSG-8: PostgreSQL searches messages with full-text search in its russian configuration, through this index.
        if (Database.IsNpgsql())
        {
            builder.Entity<Message>().HasIndex(m => m.Text).HasMethod("GIN").IsTsVectorExpressionIndex("russian");
            builder.Entity<Message>().Ignore(m => m.SearchText);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored as UTC; SQLite forgets DateTimeKind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(Limits.DefaultText);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
