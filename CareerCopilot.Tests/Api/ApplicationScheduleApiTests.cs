using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

/// <summary>An application's follow-up day and interview time through the API: set, read back in UTC, cleared, refused.</summary>
public sealed class ApplicationScheduleApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> ApplicationAsync(HttpClient api, object? extra = null)
    {
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var body = System.Text.Json.JsonSerializer.SerializeToNode(extra ?? new { })!.AsObject();
        body["job_id"] = jobId;
        var created = await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", body), HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task A_new_application_takes_both_and_answers_the_interview_in_utc()
    {
        var api = await app.ApiAsync();
        var id = await ApplicationAsync(api, new { follow_up_on = "2026-12-01", interview_at = "2026-12-10T09:00:00-05:00" });

        var application = await JsonAsync(await api.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal("2026-12-01", application.GetProperty("follow_up_on").GetString());
        Assert.Equal("2026-12-10T14:00:00Z", application.GetProperty("interview_at").GetString());
        var listed = await JsonAsync(await api.GetAsync("/api/v1/applications"));
        Assert.Equal("2026-12-10T14:00:00Z", listed.GetProperty("items")[0].GetProperty("interview_at").GetString());
    }

    [Fact]
    public async Task Null_clears_each_and_a_missing_field_leaves_it()
    {
        var api = await app.ApiAsync();
        var id = await ApplicationAsync(api, new { follow_up_on = "2026-12-01", interview_at = "2026-12-10T14:00:00Z" });

        var kept = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { notes = "Chase Sam" }));
        Assert.Equal("2026-12-01", kept.GetProperty("follow_up_on").GetString());
        var cleared = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { follow_up_on = (string?)null, interview_at = (string?)null }));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("follow_up_on").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("interview_at").ValueKind);
    }

    [Theory]
    [InlineData("2026-12-10T14:30:00", "interview_at", "needs its UTC offset")]
    [InlineData("tomorrow at ten", "interview_at", "ISO 8601")]
    [InlineData("3026-12-10T14:30:00Z", "interview_at", "between 2000 and 2099")]
    public async Task A_time_without_offset_or_beyond_reason_is_a_400_on_its_field(string value, string field, string message)
    {
        var api = await app.ApiAsync();
        var id = await ApplicationAsync(api);
        var problem = await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new Dictionary<string, string> { [field] = value }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(message, Assert.Single(Errors(problem, field)), StringComparison.Ordinal);
        var created = await api.PostAsJsonAsync("/api/v1/applications", new Dictionary<string, object>
        {
            ["job_id"] = await CreateJobAsync(api, new { company = "Fabrikam", title = "Engineer" }), [field] = value,
        });
        await ProblemAsync(created, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_follow_up_date_that_is_not_a_date_or_out_of_range_is_a_400()
    {
        var api = await app.ApiAsync();
        var id = await ApplicationAsync(api);
        var malformed = await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { follow_up_on = "next week" }),
            HttpStatusCode.BadRequest, "malformed_json");
        Assert.NotEmpty(Errors(malformed, "follow_up_on"));
        var far = await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { follow_up_on = "2126-01-01" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("between 2000 and 2099", Assert.Single(Errors(far, "follow_up_on")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_application_is_404_and_stays_untouched()
    {
        var owner = await app.ApiAsync();
        var id = await ApplicationAsync(owner, new { follow_up_on = "2026-12-01" });
        var stranger = await app.ApiAsync();

        await ProblemAsync(await stranger.PutAsJsonAsync($"/api/v1/applications/{id}", new { follow_up_on = "2026-12-24", interview_at = "2026-12-10T14:00:00Z" }),
            HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await stranger.PutAsJsonAsync("/api/v1/applications/999999", new { follow_up_on = "2026-12-24" }), HttpStatusCode.NotFound, "not_found");
        var mine = await JsonAsync(await owner.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal("2026-12-01", mine.GetProperty("follow_up_on").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine.GetProperty("interview_at").ValueKind);
    }
}
