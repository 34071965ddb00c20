using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Api;

/// <summary>The anonymous feed is limited per client address, so secrets cannot be guessed at speed.</summary>
public sealed class CalendarFeedRateLimitTests(CalendarFeedRateLimitTests.Factory app) : IClassFixture<CalendarFeedRateLimitTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["RateLimits:CalendarFeedsPerMinute"] = "3";
                return settings;
            }
        }
    }

    [Fact]
    public async Task Guessing_past_the_limit_is_told_to_wait()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/calendar/{new string((char)('A' + i), 43)}.ics")).StatusCode);
        var refused = await client.GetAsync($"/api/v1/calendar/{new string('Z', 43)}.ics");
        await ApiAssert.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(refused.Headers.Contains("Retry-After"));
    }
}
