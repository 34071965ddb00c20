using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class AnalyticsApiTests : IClassFixture<AnalyticsApiTests.Factory>
{
    /// <summary>Its own app: these tests move the clock between steps so the activity has an order.</summary>
    public sealed class Factory : AppFactory;

    private readonly Factory app;

    public AnalyticsApiTests(Factory app) => this.app = app;

    private async Task<int> ApplyAsync(HttpClient api, int jobId, params string[] moves)
    {
        var application = await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId, status = moves[0] }), HttpStatusCode.Created);
        var id = application.GetProperty("id").GetInt32();
        foreach (var status in moves.Skip(1))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await JsonAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { status }));
        }
        return id;
    }

    [Fact]
    public async Task The_summary_counts_statuses_and_the_funnel_counts_every_stage_ever_reached()
    {
        var api = await app.ApiAsync();
        var jobs = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            jobs.Add(await CreateJobAsync(api, new { company = $"Company {i}", title = $"Role {i}" }));
        }
        await ApplyAsync(api, jobs[0], "applied", "interview", "offer", "accepted");
        await ApplyAsync(api, jobs[1], "applied", "interview", "rejected");
        await ApplyAsync(api, jobs[2], "applied", "withdrawn");
        await ApplyAsync(api, jobs[3], "interview");
        var last = await ApplyAsync(api, jobs[4], "applied", "offer");

        var summary = await JsonAsync(await api.GetAsync("/api/v1/analytics/summary"));

        Assert.Equal(6, summary.GetProperty("total_jobs").GetInt32());
        Assert.Equal(5, summary.GetProperty("total_applications").GetInt32());
        Assert.Equal(1, summary.GetProperty("interviews").GetInt32());
        Assert.Equal(2, summary.GetProperty("offers").GetInt32());
        var breakdown = summary.GetProperty("status_breakdown");
        Assert.Equal(["not_applied", "applied", "interview", "offer", "accepted", "rejected", "withdrawn"], breakdown.EnumerateObject().Select(p => p.Name));
        Assert.Equal([1, 0, 1, 1, 1, 1, 1], breakdown.EnumerateObject().Select(p => p.Value.GetInt32()));

        var funnel = summary.GetProperty("funnel");
        Assert.Equal((5, 4, 2, 1), (funnel.GetProperty("applied").GetInt32(), funnel.GetProperty("interview").GetInt32(),
            funnel.GetProperty("offer").GetInt32(), funnel.GetProperty("accepted").GetInt32()));
        Assert.Equal(80.0, summary.GetProperty("response_rate").GetDouble()); // all but the withdrawn one heard back

        var weeks = summary.GetProperty("applications_per_week").EnumerateArray().ToList();
        Assert.Equal(12, weeks.Count);
        Assert.Equal("2026-11-23", weeks[^1].GetProperty("week_start").GetString()); // the Monday of 26 November 2026
        Assert.Equal(5, weeks[^1].GetProperty("applications").GetInt32());
        Assert.Equal(5, weeks.Sum(w => w.GetProperty("applications").GetInt32()));

        var activity = summary.GetProperty("recent_activity").EnumerateArray().ToList();
        Assert.Equal(10, activity.Count);
        var newest = activity[0];
        Assert.Equal("application_status", newest.GetProperty("type").GetString());
        Assert.Equal("offer", newest.GetProperty("status").GetString());
        Assert.Equal(last, newest.GetProperty("application_id").GetInt32());
        Assert.Equal("Company 4", newest.GetProperty("company").GetString());
        Assert.True(activity.Zip(activity.Skip(1)).All(p => p.First.GetProperty("at").GetDateTimeOffset() >= p.Second.GetProperty("at").GetDateTimeOffset()));
    }

    [Fact]
    public async Task An_empty_search_has_zeros_everywhere()
    {
        var summary = await JsonAsync(await (await app.ApiAsync()).GetAsync("/api/v1/analytics/summary"));
        Assert.Equal(0, summary.GetProperty("total_jobs").GetInt32());
        Assert.Equal(0, summary.GetProperty("response_rate").GetDouble());
        Assert.All(summary.GetProperty("status_breakdown").EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));
        Assert.Empty(summary.GetProperty("recent_activity").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, summary.GetProperty("funnel").ValueKind);
    }
}
