using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data.Entities;

namespace Parta.Data.Configurations;

internal sealed class FileUploadConfiguration : IEntityTypeConfiguration<FileUpload>
{
    public void Configure(EntityTypeBuilder<FileUpload> e)
    {
        e.Property(x => x.FileName).HasMaxLength(Limits.FileName);
        e.Property(x => x.DeclaredType).HasMaxLength(Limits.ContentType);
        // The quota adds up an organization's uploads under way; the sweeper finds the expired ones.
        e.HasIndex(x => x.OrganizationId);
        e.HasIndex(x => x.ExpiresAt);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.UploaderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> e)
    {
        e.Property(x => x.FileName).HasMaxLength(Limits.FileName);
        e.Property(x => x.ContentType).HasMaxLength(Limits.ContentType);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.StorageKey).HasMaxLength(Limits.StorageKey);
        e.Property(x => x.Threat).HasMaxLength(200);
        e.HasIndex(x => x.OrganizationId);
        // The scanner looks for the pending files.
        e.HasIndex(x => x.ScanState);
        e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Like a message's sender: a file outlives its uploader's account (ID-8 decides what happens to it).
        e.HasOne<Account>().WithMany().HasForeignKey(x => x.UploaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
