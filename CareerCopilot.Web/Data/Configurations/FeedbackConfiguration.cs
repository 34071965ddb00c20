using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<JobFeedback>
{
    public void Configure(EntityTypeBuilder<JobFeedback> feedback)
    {
        feedback.HasIndex(f => new { f.UserId, f.JobId, f.Kind }).IsUnique();
        feedback.HasOne<Job>().WithMany().HasForeignKey(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
        feedback.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
    }
}

public sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> setting)
    {
        setting.HasKey(s => s.Key);
        setting.Property(s => s.Key).HasMaxLength(100);
        setting.Property(s => s.Value).HasMaxLength(500);
    }
}
