using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class ProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> profile)
    {
        profile.HasKey(p => p.UserId);
        profile.HasOne<AppUser>().WithOne().HasForeignKey<UserProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        profile.Property(p => p.FullName).HasMaxLength(Limits.MaxNameLength);
        profile.Property(p => p.TimeZone).HasMaxLength(64);
        profile.Property(p => p.ExperienceLevel).HasConversion<string>().HasMaxLength(20);
        profile.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        profile.HasMany(p => p.Locations).WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class UserSkillConfiguration : IEntityTypeConfiguration<UserSkill>
{
    public void Configure(EntityTypeBuilder<UserSkill> skill)
    {
        skill.Property(s => s.Name).HasMaxLength(100);
        skill.HasIndex(s => new { s.UserId, s.Name });
    }
}

public sealed class UserLocationConfiguration : IEntityTypeConfiguration<UserLocation>
{
    public void Configure(EntityTypeBuilder<UserLocation> location) => location.Property(l => l.Name).HasMaxLength(Limits.MaxNameLength);
}
