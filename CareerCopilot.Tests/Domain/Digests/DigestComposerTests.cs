using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Domain.Digests;

/// <summary>What the evening summary says, built from a user's real rows (the morning's content is checked in the mail itself).</summary>
public sealed class DigestComposerTests : IAsyncLifetime
{
    private readonly DigestAppFactory app = new(sink: null);

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task<EveningDigest> EveningAsync(int userId, DateOnly date)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestComposer>().ComposeEveningAsync(userId, date, CancellationToken.None);
    }

    private static async Task<int> JobAsync(HttpClient api, object job) =>
        (await (await api.PostAsJsonAsync("/api/v1/jobs", job)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

    [Fact]
    public async Task The_evening_counts_the_users_day_and_week_and_suggests_chasing_the_oldest_silent_application()
    {
        var (api, userId, _) = await app.UserAsync(new { time_zone = "Europe/Berlin", skills = new[] { "C#" } });
        var today = new DateOnly(2026, 11, 26);
        var silent = await JobAsync(api, new { company = "Fabrikam", title = "Platform Engineer", status = "applied", date_applied = "2026-11-06" });
        await JobAsync(api, new { company = "Contoso", title = "Backend Engineer", status = "applied", date_applied = "2026-11-26" });
        var planned = await JobAsync(api, new { company = "Northwind", title = "Old Engineer", status = "applied", date_applied = "2026-10-01" });
        await using (var db = app.Db())
        {
            var chase = await db.Applications.SingleAsync(a => a.JobId == planned);
            chase.FollowUpOn = today.AddDays(3);
            await db.SaveChangesAsync();
        }

        var evening = await EveningAsync(userId, today);

        Assert.Equal(3, evening.Today.JobsAdded);
        Assert.Equal(1, evening.Today.ApplicationsSent);
        Assert.Equal((3, 1, 0, 0), (evening.Week.JobsAdded, evening.Week.ApplicationsSent, evening.Week.PreviousJobsAdded, evening.Week.PreviousApplicationsSent));
        Assert.True(evening.HasSomethingToSay);
        Assert.Equal(SuggestionKind.ChaseApplication, evening.Suggestion!.Kind);
        Assert.Equal(silent, evening.Suggestion.JobId);
        Assert.Contains("Platform Engineer at Fabrikam 20 days ago", evening.Suggestion.Text);
    }

    [Fact]
    public async Task With_nothing_to_chase_the_suggestion_is_the_skill_that_would_lift_most_scores()
    {
        var (api, userId, _) = await app.UserAsync(new { time_zone = "UTC", skills = new[] { "C#" } });
        await JobAsync(api, new { company = "Contoso", title = "Engineer", tech_stack = new[] { "C#", "Kubernetes" } });
        await JobAsync(api, new { company = "Fabrikam", title = "Engineer", tech_stack = new[] { "Go", "Kubernetes" } });

        var evening = await EveningAsync(userId, new DateOnly(2026, 11, 26));

        Assert.Equal(SuggestionKind.LearnSkill, evening.Suggestion!.Kind);
        Assert.StartsWith("Consider learning Kubernetes.", evening.Suggestion.Text);
    }

    [Fact]
    public async Task A_quiet_day_has_nothing_to_say_and_the_scheduled_job_records_it_as_empty()
    {
        var (_, userId, _) = await app.UserAsync(new { time_zone = "UTC", morning_digest = false });
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero));

        Assert.False((await EveningAsync(userId, new DateOnly(2026, 11, 27))).HasSomethingToSay);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DigestRunJob>().Invoke();

        var row = Assert.Single(await app.SendsAsync(userId));
        Assert.Equal((DigestKind.Evening, DigestSendStatus.Empty), (row.Kind, row.Status));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
