using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> source)
    {
        source.HasIndex(s => new { s.UserId, s.Type, s.Key, s.Query, s.Location }).IsUnique();
        // The nightly run gathers every enabled subscription by board query.
        source.HasIndex(s => new { s.Enabled, s.Type });
        source.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        source.Property(s => s.Type).HasConversion<string>().HasMaxLength(20);
        source.Property(s => s.Key).HasMaxLength(SourceRules.MaxKeyLength);
        source.Property(s => s.Query).HasMaxLength(SourceRules.MaxQueryLength);
        source.Property(s => s.Location).HasMaxLength(SourceRules.MaxQueryLength);
        source.Property(s => s.LastRunStatus).HasConversion<string>().HasMaxLength(20);
        source.Property(s => s.LastRunError).HasMaxLength(IngestionLimits.MaxErrorLength);
    }
}

public sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> posting)
    {
        posting.HasIndex(p => new { p.CompanyKey, p.TitleKey });
        posting.HasIndex(p => p.LastSeenAt);
        posting.HasMany(p => p.Links).WithOne().HasForeignKey(l => l.PostingId).OnDelete(DeleteBehavior.Cascade);
        posting.HasOne<Posting>().WithMany().HasForeignKey(p => p.PossibleDuplicateOfId).OnDelete(DeleteBehavior.SetNull);
        posting.Property(p => p.Board).HasConversion<string>().HasMaxLength(20);
        posting.Property(p => p.Title).HasMaxLength(Limits.MaxNameLength);
        posting.Property(p => p.Company).HasMaxLength(Limits.MaxNameLength);
        posting.Property(p => p.Location).HasMaxLength(Limits.MaxNameLength);
        posting.Property(p => p.Remote).HasConversion<string>().HasMaxLength(20);
        posting.Property(p => p.EmploymentType).HasConversion<string>().HasMaxLength(20);
        posting.Property(p => p.SalaryPeriod).HasConversion<string>().HasMaxLength(20);
        posting.Property(p => p.SalaryCurrency).HasMaxLength(3);
        posting.Property(p => p.Url).HasMaxLength(2000);
        posting.Property(p => p.ApplyUrl).HasMaxLength(2000);
        posting.Property(p => p.CompanyKey).HasMaxLength(Limits.MaxNameLength);
        posting.Property(p => p.TitleKey).HasMaxLength(Limits.MaxNameLength);
        posting.Property(p => p.LocationKey).HasMaxLength(Limits.MaxNameLength);
    }
}

public sealed class PostingLinkConfiguration : IEntityTypeConfiguration<PostingLink>
{
    public void Configure(EntityTypeBuilder<PostingLink> link)
    {
        link.HasIndex(l => new { l.Board, l.ExternalId }).IsUnique();
        link.HasIndex(l => l.UrlKey);
        link.Property(l => l.Board).HasConversion<string>().HasMaxLength(20);
        link.Property(l => l.ExternalId).HasMaxLength(Limits.MaxNameLength);
        link.Property(l => l.Url).HasMaxLength(2000);
        link.Property(l => l.UrlKey).HasMaxLength(2000);
    }
}

public sealed class PostingDeliveryConfiguration : IEntityTypeConfiguration<PostingDelivery>
{
    public void Configure(EntityTypeBuilder<PostingDelivery> delivery)
    {
        delivery.HasKey(d => new { d.UserId, d.PostingId });
        delivery.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<Posting>().WithMany().HasForeignKey(d => d.PostingId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<Source>().WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class IngestionRunConfiguration : IEntityTypeConfiguration<IngestionRun>
{
    public void Configure(EntityTypeBuilder<IngestionRun> run)
    {
        run.HasIndex(r => new { r.Status });
        run.HasIndex(r => new { r.UserId, r.Id });
        run.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        run.HasMany(r => r.Sources).WithOne().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        run.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        run.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class IngestionRunSourceConfiguration : IEntityTypeConfiguration<IngestionRunSource>
{
    public void Configure(EntityTypeBuilder<IngestionRunSource> source)
    {
        source.HasIndex(s => new { s.Type, s.Key, s.Query, s.Location });
        source.Property(s => s.Type).HasConversion<string>().HasMaxLength(20);
        source.Property(s => s.Key).HasMaxLength(SourceRules.MaxKeyLength);
        source.Property(s => s.Query).HasMaxLength(SourceRules.MaxQueryLength);
        source.Property(s => s.Location).HasMaxLength(SourceRules.MaxQueryLength);
        source.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        source.Property(s => s.Error).HasMaxLength(IngestionLimits.MaxErrorLength);
    }
}
