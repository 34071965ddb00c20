using CareerCopilot.Web.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> application)
    {
        application.HasIndex(a => new { a.UserId, a.Status });
        application.HasIndex(a => a.JobId).IsUnique();
        application.HasOne(a => a.Job).WithOne(j => j.Application).HasForeignKey<Application>(a => a.JobId)
            .OnDelete(DeleteBehavior.Cascade);
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> e) =>
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
}
