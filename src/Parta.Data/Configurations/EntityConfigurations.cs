using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data.Entities;

namespace Parta.Data.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<OrganizationApplication>
{
    public void Configure(EntityTypeBuilder<OrganizationApplication> e)
    {
        e.ToTable("OrganizationApplications");
        e.Property(x => x.FullName).HasMaxLength(Limits.OrganizationFullName);
        e.Property(x => x.ShortName).HasMaxLength(Limits.ShortName);
        e.Property(x => x.RegionCode).HasMaxLength(2);
        e.Property(x => x.Municipality).HasMaxLength(Limits.PlaceName);
        e.Property(x => x.Settlement).HasMaxLength(Limits.PlaceName);
        e.Property(x => x.AdminFullName).HasMaxLength(Limits.PersonName);
        e.Property(x => x.AdminPhone).HasMaxLength(16);
        e.Property(x => x.AdminEmail).HasMaxLength(Limits.Email);
        e.Property(x => x.Inn).HasMaxLength(10);
        e.Property(x => x.Kpp).HasMaxLength(9);
        e.Property(x => x.TrackingTokenHash).HasMaxLength(64);
        e.Property(x => x.RejectionReason).HasMaxLength(Limits.Reason);
        e.HasIndex(x => x.TrackingTokenHash).IsUnique();
        e.HasIndex(x => new { x.Status, x.SubmittedAt });
        e.HasIndex(x => new { x.Inn, x.Kpp });
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> e)
    {
        e.Property(x => x.FullName).HasMaxLength(Limits.OrganizationFullName);
        e.Property(x => x.ShortName).HasMaxLength(Limits.ShortName);
        e.Property(x => x.RegionCode).HasMaxLength(2);
        e.Property(x => x.Municipality).HasMaxLength(Limits.PlaceName);
        e.Property(x => x.Settlement).HasMaxLength(Limits.PlaceName);
        e.Property(x => x.Inn).HasMaxLength(10);
        e.Property(x => x.Kpp).HasMaxLength(9);
        e.Property(x => x.Slug).HasMaxLength(80);
        e.Property(x => x.ContactName).HasMaxLength(Limits.PersonName);
        e.Property(x => x.ContactEmail).HasMaxLength(Limits.Email);
        e.Property(x => x.Address).HasMaxLength(Limits.Address);
        e.Property(x => x.Website).HasMaxLength(Limits.Url);
        e.Property(x => x.EJournalUrl).HasMaxLength(Limits.Url);
        e.Property(x => x.TimeZone).HasMaxLength(40);
        // ORG-2: one organization per INN+KPP, enforced by the database as well as by the handler.
        e.HasIndex(x => new { x.Inn, x.Kpp }).IsUnique();
        e.HasIndex(x => x.Slug).IsUnique();
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> e)
    {
        e.HasIndex(x => new { x.OrganizationId, x.AccountId, x.Role }).IsUnique();
        e.HasIndex(x => x.AccountId);
        e.Property(x => x.ParentConsentTokenHash).HasMaxLength(64);
        e.HasIndex(x => x.ParentConsentTokenHash);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> e)
    {
        e.Property(x => x.FullName).HasMaxLength(Limits.PersonName);
        e.Property(x => x.Phone).HasMaxLength(16);
        e.Property(x => x.Email).HasMaxLength(Limits.Email);
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.HasIndex(x => x.OrganizationId);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("OutboxMessages");
        e.Property(x => x.To).HasMaxLength(Limits.Email);
        e.Property(x => x.Subject).HasMaxLength(Limits.DefaultText);
        e.Property(x => x.Body).HasMaxLength(Limits.MessageBody);
        e.Property(x => x.LastError).HasMaxLength(Limits.Reason);
        e.HasIndex(x => x.CreatedAt);
        e.HasIndex(x => x.SentAt);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> e)
    {
        e.ToTable("UserSessions");
        e.Property(x => x.Ticket).HasMaxLength(16384);
        e.Property(x => x.UserAgent).HasMaxLength(Limits.UserAgent);
        e.Property(x => x.IpAddress).HasMaxLength(64);
        e.HasIndex(x => x.AccountId);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OperatorSetupTokenConfiguration : IEntityTypeConfiguration<OperatorSetupToken>
{
    public void Configure(EntityTypeBuilder<OperatorSetupToken> e)
    {
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.HasIndex(x => x.TokenHash).IsUnique();
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> e)
    {
        e.Property(x => x.FullName).HasMaxLength(Limits.PersonName);
        e.HasIndex(x => x.PhoneNumber).IsUnique();
    }
}
