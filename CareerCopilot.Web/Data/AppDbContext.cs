using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<int>, int>(options)
{
    public DbSet<UserProfile> Profiles => Set<UserProfile>();
    public DbSet<UserSkill> UserSkills => Set<UserSkill>();
    public DbSet<UserLocation> UserLocations => Set<UserLocation>();
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<JobFeedback> JobFeedback => Set<JobFeedback>();
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    /// <summary>
    /// Every saved job has its search text refreshed here, and every user whose rows changed has their revision
    /// moved, so no write path can forget either. The rows and the revision are committed together: a reader sees
    /// both or neither, so a cache keyed by the revision can never hold rows older than it says.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        foreach (var entry in ChangeTracker.Entries<Job>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.RefreshSearchText();
        var owners = ChangeTracker.Entries<IUserOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.UserId).Distinct().ToList();
        if (owners.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
        await Profiles.Where(p => owners.Contains(p.UserId))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Revision, p => p.Revision + 1), ct);
        if (transaction is not null) await transaction.CommitAsync(CancellationToken.None);
        if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Every DateTime is UTC: stored as such, and read back marked as such.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
