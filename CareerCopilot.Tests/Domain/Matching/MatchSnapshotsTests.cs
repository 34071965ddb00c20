using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Domain.Matching;

/// <summary>A user with as many jobs as the performance budget is set for: their snapshot is built and served quietly.</summary>
public sealed class MatchSnapshotsTests(MatchSnapshotsTests.LoggedAppFactory app) : IClassFixture<MatchSnapshotsTests.LoggedAppFactory>
{
    private const int JobCount = 5_000;

    public sealed class LoggedAppFactory : AppFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    [Fact]
    public async Task A_user_with_five_thousand_jobs_is_ranked_with_nothing_wrong_in_the_log()
    {
        var email = app.NewEmail("large");
        var api = await app.ApiAsync(email);
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { skills = new[] { "C#", "PostgreSQL", "Kubernetes" }, preferred_locations = new[] { "Berlin" } }));
        var userId = await SeedJobsAsync(email);

        var recommendations = await JsonAsync(await api.GetAsync("/api/v1/recommendations"));
        var jobs = await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=score"));
        var gap = await JsonAsync(await api.GetAsync("/api/v1/skill-gap"));

        Assert.Equal(10, recommendations.GetProperty("items").GetArrayLength());
        Assert.Equal(JobCount, jobs.GetProperty("total").GetInt32());
        Assert.NotEqual(0, gap.GetProperty("top_market_skills").GetArrayLength());
        var wrong = app.Logs.Entries.Where(e => e.Level >= LogLevel.Error
            || (e.Level >= LogLevel.Warning && e.Category.StartsWith("Microsoft.EntityFrameworkCore.Query", StringComparison.Ordinal))).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n\n", wrong));
        // Kept, not rebuilt per request: a user this size fits the cache's budget.
        var snapshots = app.Services.GetRequiredService<MatchSnapshots>();
        Assert.Same(await snapshots.GetAsync(userId, CancellationToken.None), await snapshots.GetAsync(userId, CancellationToken.None));
    }

    [Fact]
    public async Task Readers_at_one_revision_share_one_copy_and_a_change_replaces_it()
    {
        var email = app.NewEmail("small");
        var api = await app.ApiAsync(email);
        await CreateJobAsync(api, new { company = "Contoso", title = "Dev", tech_stack = new[] { "C#" } });
        var userId = await UserIdAsync(email);
        var snapshots = app.Services.GetRequiredService<MatchSnapshots>();

        var first = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => snapshots.GetAsync(userId, CancellationToken.None))));
        Assert.All(first, s => Assert.Same(first[0], s));
        Assert.Equal(0, first[0].Find(first[0].Jobs[0].Id)!.Match.Breakdown.Skills);

        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { skills = new[] { "C#" } }));
        var after = await snapshots.GetAsync(userId, CancellationToken.None);

        Assert.True(after.Revision > first[0].Revision);
        Assert.Equal(50, after.Jobs[0].Match.Breakdown.Skills);
        Assert.Same(after, await snapshots.GetAsync(userId, CancellationToken.None));
    }

    private async Task<int> UserIdAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Thousands of jobs with varied stacks and places, added in one save, as an import would.</summary>
    private async Task<int> SeedJobsAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await UserIdAsync(email);
        string[] skills = ["C#", ".NET", "PostgreSQL", "Kubernetes", "Go", "Rust", "Python", "Java", "Kafka", "Docker", "Terraform", "React"];
        string[] places = ["Berlin", "Munich", "Hamburg", "Vienna", "Zurich", "Amsterdam", "Lisbon", "Remote"];
        var now = app.Clock.GetUtcNow().UtcDateTime;
        db.Jobs.AddRange(Enumerable.Range(0, JobCount).Select(i => new Job
        {
            UserId = userId, Company = $"Company {i}", Title = $"Engineer {i}", Location = $"{places[i % places.Length]}, Area {i % 97}",
            Remote = (RemoteMode)(i % 4), ExperienceLevel = (ExperienceLevel)(i % 5),
            TechStack = [.. Enumerable.Range(0, 3 + i % 5).Select(k => k % 2 == 0 ? skills[(i + k) % skills.Length] : $"Skill {(i * 7 + k) % 400}")],
            CreatedAt = now.AddMinutes(-i), UpdatedAt = now,
        }));
        await db.SaveChangesAsync();
        return userId;
    }
}
