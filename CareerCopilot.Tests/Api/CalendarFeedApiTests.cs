using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

/// <summary>The secret calendar address: made once, the same after, revoked; the feed parsed back as a calendar app reads it.</summary>
public sealed class CalendarFeedApiTests(CalendarFeedApiTests.Factory app) : IClassFixture<CalendarFeedApiTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["App:BaseUrl"] = "https://copilot.example.test";
                settings["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Information";
                return settings;
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    private static async Task<string> FeedUrlAsync(HttpClient api) =>
        (await JsonAsync(await api.GetAsync("/api/v1/calendar"))).GetProperty("url").GetString()!;

    /// <summary>The path of the address, fetched without any credential, as a calendar app does.</summary>
    private Task<HttpResponseMessage> FetchAsync(string url) => app.CreateClient().GetAsync(new Uri(url).PathAndQuery);

    private static async Task<(int JobId, int ApplicationId)> ApplicationAsync(HttpClient api, string company, object fields)
    {
        var jobId = await CreateJobAsync(api, new { company, title = "Backend Engineer", location = company == "Contoso" ? "Berlin" : null });
        var body = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["job_id"] = jobId;
        var created = await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", body), HttpStatusCode.Created);
        return (jobId, created.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task The_address_is_made_on_first_ask_and_is_the_same_after()
    {
        var api = await app.ApiAsync();
        var url = await FeedUrlAsync(api);

        Assert.Matches(@"^https://copilot\.example\.test/api/v1/calendar/[A-Za-z0-9_-]{43}\.ics$", url);
        Assert.Equal(url, await FeedUrlAsync(api));
        Assert.NotEqual(url, await FeedUrlAsync(await app.ApiAsync()));
        await ProblemAsync(await app.CreateClient().GetAsync("/api/v1/calendar"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task The_feed_has_an_hour_per_interview_in_utc_and_an_all_day_event_per_open_follow_up()
    {
        var api = await app.ApiAsync();
        var (contosoJob, contoso) = await ApplicationAsync(api, "Contoso", new { interview_at = "2026-12-10T14:30:00+01:00", follow_up_on = "2026-12-03" });
        var (fabrikamJob, fabrikam) = await ApplicationAsync(api, "Fabrikam", new { follow_up_on = "2026-11-30" });
        await ApplicationAsync(api, "Closed", new { status = "rejected", follow_up_on = "2026-12-01", interview_at = "2026-12-02T10:00:00Z" });
        await ApplicationAsync(api, "Quiet", new { });

        var response = await FetchAsync(await FeedUrlAsync(api));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal((true, TimeSpan.FromSeconds(300)), (response.Headers.CacheControl?.Private, response.Headers.CacheControl?.MaxAge));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("X-WR-CALNAME:Career Co-Pilot", text);
        Assert.Contains("PRODID:-//Career Co-Pilot//Calendar feed//EN", text);
        Assert.Contains("DTSTART:20261210T133000Z", text);

        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal(3, calendar.Events.Count);
        var interview = calendar.Events.Single(e => e.Uid == $"interview-{contoso}@career-copilot");
        Assert.Equal("Interview: Backend Engineer at Contoso", interview.Summary);
        Assert.True(interview.Start!.IsUtc);
        Assert.Equal(new DateTime(2026, 12, 10, 13, 30, 0), interview.Start.Value);
        Assert.Equal(new DateTime(2026, 12, 10, 14, 30, 0), interview.End!.Value);
        Assert.Equal("Berlin", interview.Location);
        Assert.Contains($"https://copilot.example.test/jobs/{contosoJob}", interview.Description);
        Assert.Equal(new Uri($"https://copilot.example.test/jobs/{contosoJob}"), interview.Url);

        var followUp = calendar.Events.Single(e => e.Uid == $"follow-up-{fabrikam}@career-copilot");
        Assert.Equal("Follow up: Backend Engineer at Fabrikam", followUp.Summary);
        Assert.False(followUp.Start!.HasTime);
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.FromDateTime(followUp.Start.Value));
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(followUp.End!.Value));
        Assert.Contains($"https://copilot.example.test/jobs/{fabrikamJob}", followUp.Description);
        Assert.Contains(calendar.Events, e => e.Uid == $"follow-up-{contoso}@career-copilot");
    }

    [Fact]
    public async Task A_revoked_address_is_404_and_the_next_ask_makes_a_new_one()
    {
        var api = await app.ApiAsync();
        var old = await FeedUrlAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(old)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync("/api/v1/calendar")).StatusCode);
        await ProblemAsync(await FetchAsync(old), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync("/api/v1/calendar")).StatusCode);

        var fresh = await FeedUrlAsync(api);
        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(fresh)).StatusCode);
        await ProblemAsync(await FetchAsync(old), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Revoking_is_per_user_and_a_feed_shows_only_its_users_applications()
    {
        var mine = await app.ApiAsync();
        var theirs = await app.ApiAsync();
        await ApplicationAsync(theirs, "Theirs Inc", new { follow_up_on = "2026-12-01" });
        var myUrl = await FeedUrlAsync(mine);
        var theirUrl = await FeedUrlAsync(theirs);

        await mine.DeleteAsync("/api/v1/calendar");
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(theirUrl)).StatusCode);
        await ProblemAsync(await FetchAsync(myUrl), HttpStatusCode.NotFound, "not_found");
        var fresh = await (await FetchAsync(await FeedUrlAsync(mine))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Theirs Inc", fresh);
        Assert.Empty(Ical.Net.Calendar.Load(fresh)!.Events);
    }

    [Theory]
    [InlineData("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")]
    [InlineData("/api/v1/calendar/short.ics")]
    [InlineData("/api/v1/calendar/%2E%2E%2Fjobs.ics")]
    [InlineData("/api/v1/calendar/..%2F..%2Fapi%2Fv1%2Fprofile.ics")]
    [InlineData("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=.ics")]
    [InlineData("/api/v1/calendar/%F0%9F%94%91%F0%9F%94%91.ics")]
    [InlineData("/api/v1/calendar/a.b.c.ics")]
    [InlineData("/api/v1/calendar/.ics")]
    [InlineData("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics.ics")]
    public async Task A_malformed_or_unknown_secret_is_a_plain_404(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_very_long_secret_is_refused_without_a_500()
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/calendar/{new string('A', 6000)}.ics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_request_log_never_carries_the_secret()
    {
        var api = await app.ApiAsync();
        var url = await FeedUrlAsync(api);
        var secret = url.Split('/').Last()[..^4];
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(url)).StatusCode);

        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal));
        Assert.Contains(app.Logs.Entries, e => e.Message.Contains("/api/v1/calendar/(secret).ics", StringComparison.Ordinal));
    }
}
