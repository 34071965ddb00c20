using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> job)
    {
        job.HasIndex(j => new { j.UserId, j.Status });
        // Covers the list and its search: pages walk it in id order and counts read it, never the wide rows.
        job.HasIndex(j => new { j.UserId, j.Id, j.SearchText });
        // The Source filter offers only the sources among the user's jobs: read from the index, not from every row.
        job.HasIndex(j => new { j.UserId, j.Source });
        // An imported link is looked up among the user's jobs before a second copy is made.
        job.HasIndex(j => new { j.UserId, j.UrlKey });
        job.HasOne<AppUser>().WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Cascade);
        job.HasOne<Posting>().WithMany().HasForeignKey(j => j.PostingId).OnDelete(DeleteBehavior.SetNull);
        job.HasOne<Source>().WithMany().HasForeignKey(j => j.SourceId).OnDelete(DeleteBehavior.SetNull);
        job.Property(j => j.Company).HasMaxLength(Limits.MaxNameLength);
        job.Property(j => j.Title).HasMaxLength(Limits.MaxNameLength);
        job.Property(j => j.Location).HasMaxLength(Limits.MaxNameLength);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.Remote).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.Source).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.EmploymentType).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.ExperienceLevel).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.SalaryPeriod).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.SalaryCurrency).HasMaxLength(3);
        job.Property(j => j.UrlKey).HasMaxLength(2000);
    }
}
