using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class ApiProblemsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_refused_status_change_answers_422_invalid_transition_on_every_path()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer", status = "applied" });
        var applicationId = (await JsonAsync(await api.GetAsync($"/api/v1/jobs/{jobId}"))).GetProperty("application_id").GetInt32();
        var otherJobId = await CreateJobAsync(api, new { company = "Fabrikam", title = "Engineer" });

        var refusals = new Dictionary<string, HttpResponseMessage>
        {
            ["the application's rules, through the job"] = await api.PutAsJsonAsync($"/api/v1/jobs/{jobId}", new { status = "accepted" }),
            ["the job's own rule, un-applying"] = await api.PutAsJsonAsync($"/api/v1/jobs/{jobId}", new { status = "not_applied" }),
            ["the application's rules, directly"] = await api.PutAsJsonAsync($"/api/v1/applications/{applicationId}", new { status = "accepted" }),
            ["a job created accepted"] = await api.PostAsJsonAsync("/api/v1/jobs", new { company = "A", title = "B", status = "accepted" }),
            ["an application started accepted"] = await api.PostAsJsonAsync("/api/v1/applications", new { job_id = otherJobId, status = "accepted" }),
        };

        foreach (var (path, response) in refusals)
        {
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{path}: {(int)response.StatusCode}");
            await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invalid_transition");
        }
        Assert.Equal("applied", (await JsonAsync(await api.GetAsync($"/api/v1/jobs/{jobId}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Api_errors_are_json_problems_whatever_the_client_accepts()
    {
        var api = await app.ApiAsync();
        var anonymous = app.CreateClient();
        string?[] accepts = [null, "text/html", "text/plain", "application/json", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"];

        foreach (var accept in accepts)
        {
            // One of each producer: the framework (no route), the bearer challenge, and the exception handler.
            await ProblemAsync(await SendAsync(api, "/api/v1/no-such-thing", accept), HttpStatusCode.NotFound, "not_found");
            await ProblemAsync(await SendAsync(anonymous, "/api/v1/jobs", accept), HttpStatusCode.Unauthorized, "unauthorized");
            await ProblemAsync(await SendAsync(api, "/api/v1/jobs/987654", accept), HttpStatusCode.NotFound, "not_found");
        }
    }

    [Fact]
    public async Task A_problem_has_the_members_the_api_promises_and_no_others()
    {
        var api = await app.ApiAsync();
        string[] members = ["detail", "error_code", "status", "timestamp", "title"];
        string[] withErrors = ["detail", "error_code", "errors", "status", "timestamp", "title"];

        var byFramework = await ProblemAsync(await api.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound, "not_found");
        var byDomain = await ProblemAsync(await api.GetAsync("/api/v1/jobs/987654"), HttpStatusCode.NotFound, "not_found");
        var invalid = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/jobs", new { company = "" }), HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(members, Members(byFramework));
        Assert.Equal(members, Members(byDomain));
        Assert.Equal(withErrors, Members(invalid));
        Assert.Equal("2026-11-26T10:00:00Z", byDomain.GetProperty("timestamp").GetString());
        Assert.Equal(byFramework.GetProperty("title").GetString(), byDomain.GetProperty("title").GetString());
    }

    private static IEnumerable<string> Members(JsonElement problem) =>
        problem.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return client.SendAsync(request);
    }
}
