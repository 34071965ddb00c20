using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Api;

/// <summary>The per-user allowance of links read ("url-import"): a burst is served, then 429 with Retry-After.</summary>
public sealed class ImportRateLimitTests(ImportRateLimitTests.Factory app) : IClassFixture<ImportRateLimitTests.Factory>
{
    public sealed class Factory : IngestionAppFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["RateLimits:UrlImportsPerMinute"] = "2";
                return settings;
            }
        }
    }

    [Fact]
    public async Task A_user_past_their_allowance_is_told_to_wait_and_another_user_is_not()
    {
        var api = await app.ApiAsync();
        var url = app.Board.BaseUrl + "/nothing-here";
        for (var i = 0; i < 2; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, (await api.PostAsJsonAsync("/api/v1/jobs/import", new { url })).StatusCode);
        var refused = await api.PostAsJsonAsync("/api/v1/jobs/import", new { url });
        await ApiAssert.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var other = await app.ApiAsync();
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.PostAsJsonAsync("/api/v1/jobs/import", new { url })).StatusCode);
    }
}
