using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Realtime;

public sealed class MatchAlertWorkerTests(LiveAppFactory app) : IClassFixture<LiveAppFactory>
{
    public static string Posting(string title, string company, string description, bool remote) => $$"""
        <html><head><script type="application/ld+json">
        { "@context": "https://schema.org", "@type": "JobPosting", "title": "{{title}}",
          "hiringOrganization": { "@type": "Organization", "name": "{{company}}" }, "description": "{{description}}"
          {{(remote ? ", \"jobLocationType\": \"TELECOMMUTE\"" : ", \"jobLocation\": { \"@type\": \"Place\", \"address\": \"Paris\" }")}} }
        </script></head><body></body></html>
        """;

    public static readonly string Strong = Posting("Senior Backend Engineer", "Contoso", "We build with C#, PostgreSQL and Docker.", remote: true);

    private static async Task<int> ImportAsync(HttpClient api, string html, string path) =>
        (await JsonAsync(await api.PostAsJsonAsync("/api/v1/jobs/import", new { url = $"https://jobs.example.test/{path}", html }), HttpStatusCode.Created))
        .GetProperty("id").GetInt32();

    private static async Task<HttpClient> MatcherAsync(LiveAppFactory app)
    {
        var api = await app.ApiAsync();
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new
        {
            skills = new[] { "C#", "PostgreSQL", "Docker" }, preferred_locations = new[] { "Remote" }, experience_level = "senior", alert_min_score = 80,
        }));
        return api;
    }

    private static async Task<SseMessage> NextAlertAsync(SseStream stream)
    {
        while (true)
        {
            var message = await stream.NextEventAsync();
            Assert.NotNull(message);
            if (message.Event == "match_alert") return message;
        }
    }

    [Fact]
    public async Task An_imported_job_that_scores_at_or_above_the_threshold_raises_a_match_alert_and_a_weak_one_does_not()
    {
        var api = await MatcherAsync(app);
        await using var stream = await SseStream.OpenAsync(api, "/api/v1/events");

        await ImportAsync(api, Posting("Gardener", "Fabrikam", "Hedges and lawns.", remote: false), "weak");
        var strong = await ImportAsync(api, Strong, "strong");
        var alert = await NextAlertAsync(stream);

        Assert.Equal(strong, alert.Json.GetProperty("job_id").GetInt32());
        Assert.True(alert.Json.GetProperty("match_score").GetInt32() >= 80);
    }

    [Fact]
    public async Task A_strong_match_arriving_in_the_users_quiet_hours_raises_nothing()
    {
        var api = await MatcherAsync(app);
        var email = (await JsonAsync(await api.GetAsync("/api/v1/profile"))).GetProperty("email").GetString();
        await SetQuietHoursAsync(email!, app.Clock.GetUtcNow().Hour, (app.Clock.GetUtcNow().Hour + 2) % 24);
        await using var stream = await SseStream.OpenAsync(api, "/api/v1/events");

        await ImportAsync(api, Strong, "quiet");
        await SetQuietHoursAsync(email!, null, null);
        var later = await ImportAsync(api, Posting("Senior Platform Engineer", "Contoso", "C#, PostgreSQL and Docker.", remote: true), "later");
        var alert = await NextAlertAsync(stream);

        Assert.Equal(later, alert.Json.GetProperty("job_id").GetInt32());
    }

    [Fact]
    public async Task A_job_the_user_typed_in_raises_no_alert_however_well_it_scores()
    {
        var api = await MatcherAsync(app);
        await using var stream = await SseStream.OpenAsync(api, "/api/v1/events");

        await CreateJobAsync(api, new { company = "Typed", title = "Senior Backend Engineer", tech_stack = new[] { "C#", "PostgreSQL", "Docker" }, remote = "remote" });
        var imported = await ImportAsync(api, Strong, "imported");
        var alert = await NextAlertAsync(stream);

        Assert.Equal(imported, alert.Json.GetProperty("job_id").GetInt32());
    }

    private async Task SetQuietHoursAsync(string email, int? start, int? end)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var profile = await db.Profiles.SingleAsync(p => p.UserId == userId);
        profile.QuietHoursStart = start;
        profile.QuietHoursEnd = end;
        await db.SaveChangesAsync();
    }
}
