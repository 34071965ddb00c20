using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>
/// The app's schema in a SQLite file of its own, with contexts built the way a tool or a job would build them:
/// straight from options, with nothing from the app's host.
/// </summary>
public sealed class TempDatabase : IAsyncLifetime
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"cc-data-{Guid.NewGuid():N}.db");
    private int users;

    public AppDbContext NewContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}").Options);

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    /// <summary>A user with one of each row a user owns: a skill, a location, two jobs, an application with one event, feedback.</summary>
    public async Task<SeededUser> NewUserAsync()
    {
        await using var db = NewContext();
        var user = new AppUser { UserName = $"user{Interlocked.Increment(ref users)}@example.test", CreatedAt = DateTime.UtcNow };
        db.Users.Add(user);
        await db.SaveChangesAsync();

        var profile = new UserProfile { UserId = user.Id, FullName = "Ana" };
        profile.Skills.Add(new UserSkill { UserId = user.Id, Name = "C#" });
        profile.Locations.Add(new UserLocation { UserId = user.Id, Name = "Berlin" });
        var applied = new Job { UserId = user.Id, Company = "Contoso", Title = "Dev", Status = JobStatus.Applied };
        var other = new Job { UserId = user.Id, Company = "Fabrikam", Title = "Dev" };
        var application = new Application { UserId = user.Id, Job = applied, Status = ApplicationStatus.Applied };
        application.Events.Add(new ApplicationEvent { Status = ApplicationStatus.Applied, At = DateTime.UtcNow });
        db.AddRange(profile, applied, other, application);
        await db.SaveChangesAsync();
        var feedback = new JobFeedback { UserId = user.Id, JobId = other.Id, Kind = FeedbackKind.NotInterested };
        db.JobFeedback.Add(feedback);
        await db.SaveChangesAsync();
        return new SeededUser(user.Id, applied.Id, other.Id, application.Id, application.Events[0].Id, feedback.Id,
            profile.Skills[0].Id, profile.Locations[0].Id);
    }

    public async Task<long> RevisionAsync(int userId)
    {
        await using var db = NewContext();
        return await db.Profiles.Where(p => p.UserId == userId).Select(p => p.Revision).SingleAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return Task.CompletedTask;
    }
}

/// <summary>The ids of a seeded user's rows: <see cref="AppliedJobId"/> has the application, <see cref="OtherJobId"/> the feedback.</summary>
public sealed record SeededUser(int UserId, int AppliedJobId, int OtherJobId, int ApplicationId, int EventId, int FeedbackId, int SkillId, int LocationId);
