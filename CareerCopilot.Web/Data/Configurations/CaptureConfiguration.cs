using System.Text.Json;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Resumes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class ResumeConfiguration : IEntityTypeConfiguration<ResumeUpload>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ResumeUpload> resume)
    {
        resume.HasIndex(r => new { r.UserId, r.Id });
        resume.HasIndex(r => r.Status);
        resume.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        resume.Property(r => r.Label).HasMaxLength(ResumeLimits.MaxLabelLength);
        resume.Property(r => r.FileName).HasMaxLength(ResumeLimits.MaxFileNameLength);
        resume.Property(r => r.StoredName).HasMaxLength(100);
        resume.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        resume.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        resume.Property(r => r.Error).HasConversion<string>().HasMaxLength(30);
        // Kept whole as JSON: it is read and shown as one thing, never queried inside.
        resume.Property(r => r.Parsed).HasConversion(
            parsed => JsonSerializer.Serialize(parsed, Json),
            json => JsonSerializer.Deserialize<ParsedResume>(json, Json));
    }
}

public sealed class PersonalTokenConfiguration : IEntityTypeConfiguration<PersonalToken>
{
    public void Configure(EntityTypeBuilder<PersonalToken> token)
    {
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasIndex(t => t.UserId);
        token.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        token.Property(t => t.Name).HasMaxLength(Limits.MaxNameLength);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
    }
}

public sealed class ApplicationResumeConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> application) =>
        application.HasOne<ResumeUpload>().WithMany().HasForeignKey(a => a.ResumeId).OnDelete(DeleteBehavior.SetNull);
}
