using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Calendar;
using CareerCopilot.Web.Domain.Contacts;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.Resumes;
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
    public DbSet<ApplicationNote> ApplicationNotes => Set<ApplicationNote>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<JobContact> JobContacts => Set<JobContact>();
    public DbSet<JobFeedback> JobFeedback => Set<JobFeedback>();
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Posting> Postings => Set<Posting>();
    public DbSet<PostingLink> PostingLinks => Set<PostingLink>();
    public DbSet<PostingDelivery> PostingDeliveries => Set<PostingDelivery>();
    public DbSet<IngestionRun> IngestionRuns => Set<IngestionRun>();
    public DbSet<IngestionRunSource> IngestionRunSources => Set<IngestionRunSource>();
    public DbSet<ResumeUpload> Resumes => Set<ResumeUpload>();
    public DbSet<PersonalToken> PersonalTokens => Set<PersonalToken>();
    public DbSet<DigestSend> DigestSends => Set<DigestSend>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    /// <summary>What this context's write in flight means for revisions (<see cref="UserRevisions"/>).</summary>
    internal UserRevisionState RevisionState { get; } = new();

    /// <summary>The jobs and applications the save in flight writes, for <see cref="ChangeEventsInterceptor"/>.</summary>
    internal List<PendingChange>? PendingChanges { get; set; }

    /// <summary>
    /// The house rules of every write go with the context itself, however it was created (the app, a tool, a test):
    /// saved jobs get their search text refreshed, saves move their users' revisions, a bulk write that does not
    /// is refused, and once a save has committed, the users' live clients hear of it.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.AddInterceptors(DerivedFieldsInterceptor.Instance, RevisionSaveInterceptor.Instance, UnrevisedWriteGuard.Instance,
            ChangeEventsInterceptor.Instance);

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
