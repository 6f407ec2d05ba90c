using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data.Entities;

namespace Parta.Data.Configurations;

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> e)
    {
        e.ToTable("Classes");
        e.Property(x => x.Name).HasMaxLength(Limits.ShortName);
        e.Property(x => x.Letter).HasMaxLength(2);
        e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> e)
    {
        e.Property(x => x.Name).HasMaxLength(Limits.ShortName);
        e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JoinLinkConfiguration : IEntityTypeConfiguration<JoinLink>
{
    public void Configure(EntityTypeBuilder<JoinLink> e)
    {
        e.Property(x => x.Token).HasMaxLength(64);
        e.HasIndex(x => x.Token).IsUnique();
        e.HasIndex(x => x.OrganizationId);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SchoolClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AddressVerificationConfiguration : IEntityTypeConfiguration<AddressVerification>
{
    public void Configure(EntityTypeBuilder<AddressVerification> e)
    {
        e.Property(x => x.Address).HasMaxLength(Limits.Email);
        e.Property(x => x.CodeHash).HasMaxLength(64);
        e.HasIndex(x => x.Address);
    }
}

internal sealed class TeacherAssignmentConfiguration : IEntityTypeConfiguration<TeacherAssignment>
{
    public void Configure(EntityTypeBuilder<TeacherAssignment> e)
    {
        e.HasIndex(x => x.MembershipId);
        e.HasOne<Membership>().WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SchoolClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClassMemberConfiguration : IEntityTypeConfiguration<ClassMember>
{
    public void Configure(EntityTypeBuilder<ClassMember> e)
    {
        e.HasIndex(x => new { x.ClassId, x.MembershipId }).IsUnique();
        e.HasIndex(x => x.MembershipId);
        e.HasOne<SchoolClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Membership>().WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GuardianshipConfiguration : IEntityTypeConfiguration<Guardianship>
{
    public void Configure(EntityTypeBuilder<Guardianship> e)
    {
        e.HasIndex(x => new { x.ParentMembershipId, x.StudentMembershipId }).IsUnique();
        e.HasIndex(x => x.StudentMembershipId);
        e.HasOne<Membership>().WithMany().HasForeignKey(x => x.ParentMembershipId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Membership>().WithMany().HasForeignKey(x => x.StudentMembershipId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> e)
    {
        e.ToTable("Imports");
        e.Property(x => x.FileName).HasMaxLength(Limits.DefaultText);
        e.Property(x => x.Format).HasMaxLength(32);
        e.Property(x => x.PlanJson).HasColumnType("text");
        e.HasIndex(x => x.OrganizationId);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> e)
    {
        e.ToTable("OrganizationGroups");
        e.Property(x => x.Name).HasMaxLength(Limits.ShortName);
        e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> e)
    {
        e.HasIndex(x => new { x.GroupId, x.MembershipId }).IsUnique();
        e.HasIndex(x => x.MembershipId);
        e.HasOne<Group>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Membership>().WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
