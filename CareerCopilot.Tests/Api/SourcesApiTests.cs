using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class SourcesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_source_is_created_listed_changed_and_deleted_in_the_documented_shape()
    {
        var api = await app.ApiAsync();
        var response = await api.PostAsJsonAsync("/api/v1/sources", new { type = "lever_eu", key = "acme" });
        var source = await JsonAsync(response, HttpStatusCode.Created);
        var id = source.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/sources/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "type", "key", "query", "location", "enabled", "last_run_at", "last_run_status", "last_run_jobs_added", "last_run_error", "quality"],
            source.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("lever_eu", "acme", true), (source.GetProperty("type").GetString(), source.GetProperty("key").GetString(), source.GetProperty("enabled").GetBoolean()));
        foreach (var empty in new[] { "query", "location", "last_run_at", "last_run_status", "last_run_error" })
            Assert.Equal(JsonValueKind.Null, source.GetProperty(empty).ValueKind);
        Assert.Equal("""{"jobs":0,"applied":0,"interviews":0}""", source.GetProperty("quality").GetRawText());

        var search = await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "remotive", query = "python", enabled = false }), HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, search.GetProperty("key").ValueKind);
        Assert.Equal(("python", false), (search.GetProperty("query").GetString(), search.GetProperty("enabled").GetBoolean()));

        var list = await JsonAsync(await api.GetAsync("/api/v1/sources"));
        Assert.Equal(["lever_eu", "remotive"], list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("type").GetString()));

        var changed = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/sources/{id}", new { enabled = false }));
        Assert.Equal(("acme", false), (changed.GetProperty("key").GetString(), changed.GetProperty("enabled").GetBoolean()));
        Assert.False((await JsonAsync(await api.GetAsync($"/api/v1/sources/{id}"))).GetProperty("enabled").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/sources/{id}")).StatusCode);
        await ProblemAsync(await api.GetAsync($"/api/v1/sources/{id}"), HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("""{"type":"linkedin","key":"acme"}""", "type")]
    [InlineData("""{"key":"acme"}""", "type")]
    [InlineData("""{"type":"greenhouse"}""", "key")]
    [InlineData("""{"type":"greenhouse","key":"../admin"}""", "key")]
    [InlineData("""{"type":"recruitee","key":"acme.evil.com"}""", "key")]
    [InlineData("""{"type":"greenhouse","key":"a/b?c=1#d"}""", "key")]
    [InlineData("""{"type":"remotive","key":"acme"}""", "key")]
    [InlineData("""{"type":"adzuna","query":"nurse"}""", "type")]
    public async Task An_invalid_source_is_400_beside_its_field(string body, string field)
    {
        var api = await app.ApiAsync();
        var problem = await ProblemAsync(await api.PostAsync("/api/v1/sources", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Single(Errors(problem, field));
        Assert.Empty((await JsonAsync(await api.GetAsync("/api/v1/sources"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_run_asked_for_within_two_minutes_of_the_last_is_429_with_the_wait_in_retry_after()
    {
        var email = app.NewEmail("runs");
        var api = await app.ApiAsync(email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.IngestionRuns.Add(new IngestionRun
            {
                UserId = await app.UserIdAsync(email), Trigger = IngestionTrigger.Manual, Status = IngestionStatus.Succeeded,
                QueuedAt = now, StartedAt = now, FinishedAt = now,
            });
            await db.SaveChangesAsync();
        }

        var early = await api.PostAsync("/api/v1/ingestion/runs", null);
        await ProblemAsync(early, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Equal(TimeSpan.FromMinutes(2), early.Headers.RetryAfter?.Delta);

        app.Clock.Advance(IngestionService.ManualRunInterval);
        await JsonAsync(await api.PostAsync("/api/v1/ingestion/runs", null), HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_user_follows_at_most_fifty_sources_and_the_fifty_first_is_refused_beside_the_board()
    {
        var api = await app.ApiAsync();
        for (var i = 0; i < SourceRules.MaxSourcesPerUser; i++)
            await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = $"company{i}" }), HttpStatusCode.Created);

        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "one-more" }),
            HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains("the most there can be", Assert.Single(Errors(problem, "type")));
        Assert.Equal(SourceRules.MaxSourcesPerUser, (await JsonAsync(await api.GetAsync("/api/v1/sources"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_board_that_needs_the_operators_key_says_so_when_the_server_has_none()
    {
        var api = await app.ApiAsync();
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "usajobs", query = "nurse" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["USAJOBS needs the operator's API key, and this server has none (Sources:UsaJobs:ApiKey)."], Errors(problem, "type"));
    }

    [Fact]
    public async Task The_same_subscription_twice_is_409_whether_created_or_changed_into()
    {
        var api = await app.ApiAsync();
        await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "acme" }), HttpStatusCode.Created);
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "Greenhouse", key = " acme " }), HttpStatusCode.Conflict, "duplicate");
        Assert.Equal("You already follow acme on Greenhouse.", problem.GetProperty("detail").GetString());

        var other = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "globex" }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/sources/{other}", new { key = "acme" }), HttpStatusCode.Conflict, "duplicate");
        // Saving a source as it is is no clash with itself.
        await JsonAsync(await api.PutAsJsonAsync($"/api/v1/sources/{other}", new { key = "globex", enabled = true }));

        await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "remotive", query = "python" }), HttpStatusCode.Created);
        await ProblemAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "remotive", query = "python" }), HttpStatusCode.Conflict, "duplicate");
        await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "remotive", query = "python", location = "Europe" }), HttpStatusCode.Created);

        // Another user may follow the same board.
        await JsonAsync(await (await app.ApiAsync()).PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "acme" }), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_users_sources_and_runs_are_404()
    {
        var ownerEmail = app.NewEmail("owner");
        var owner = await app.ApiAsync(ownerEmail);
        var id = (await JsonAsync(await owner.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "acme" }), HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var runId = await app.AddRunAsync(await app.UserIdAsync(ownerEmail), IngestionStatus.Succeeded);
        var other = await app.ApiAsync();

        await ProblemAsync(await other.GetAsync($"/api/v1/sources/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await other.PutAsJsonAsync($"/api/v1/sources/{id}", new { enabled = false }), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await other.DeleteAsync($"/api/v1/sources/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await other.GetAsync($"/api/v1/ingestion/runs/{runId}"), HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await JsonAsync(await other.GetAsync("/api/v1/sources"))).GetProperty("items").EnumerateArray());
        Assert.True((await JsonAsync(await owner.GetAsync($"/api/v1/sources/{id}"))).GetProperty("enabled").GetBoolean());
        await JsonAsync(await owner.GetAsync($"/api/v1/ingestion/runs/{runId}"));
    }

    [Theory]
    [InlineData("GET", "/api/v1/sources")]
    [InlineData("POST", "/api/v1/sources")]
    [InlineData("DELETE", "/api/v1/sources/1")]
    [InlineData("POST", "/api/v1/ingestion/runs")]
    [InlineData("GET", "/api/v1/ingestion/runs/1")]
    public async Task Without_a_token_every_route_is_401(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST") request.Content = JsonContent.Create(new { type = "greenhouse", key = "acme" });
        await ProblemAsync(await app.CreateClient().SendAsync(request), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_run_is_accepted_as_queued_and_asking_again_while_it_waits_gives_the_same_run()
    {
        var api = await app.ApiAsync();
        await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "acme" }), HttpStatusCode.Created);
        var response = await api.PostAsync("/api/v1/ingestion/runs", null);
        var queued = await JsonAsync(response, HttpStatusCode.Accepted);
        var id = queued.GetProperty("id").GetInt32();
        Assert.Equal("queued", queued.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/ingestion/runs/{id}", response.Headers.Location?.OriginalString);

        Assert.Equal(id, (await JsonAsync(await api.PostAsync("/api/v1/ingestion/runs", null), HttpStatusCode.Accepted)).GetProperty("id").GetInt32());
        var run = await JsonAsync(await api.GetAsync($"/api/v1/ingestion/runs/{id}"));
        Assert.Equal(("queued", JsonValueKind.Null), (run.GetProperty("status").GetString(), run.GetProperty("finished_at").ValueKind));
    }

    [Fact]
    public async Task A_finished_run_shows_each_board_query_with_the_source_that_asked_it()
    {
        var email = app.NewEmail();
        var api = await app.ApiAsync(email);
        var acme = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "acme" }), HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "remotive", query = "python" }), HttpStatusCode.Created);
        var runId = await app.AddRunAsync(await app.UserIdAsync(email), IngestionStatus.PartiallyFailed,
            new IngestionRunSource { Type = BoardType.Greenhouse, Key = "acme", Status = IngestionStatus.Succeeded, Fetched = 57, NewPostings = 50, Duplicates = 7, JobsAdded = 4 },
            new IngestionRunSource { Type = BoardType.Remotive, Query = "python", Status = IngestionStatus.Failed, Error = "Remotive answered 503 three times." });

        var run = await JsonAsync(await api.GetAsync($"/api/v1/ingestion/runs/{runId}"));
        Assert.Equal(("partially_failed", 4), (run.GetProperty("status").GetString(), run.GetProperty("jobs_added").GetInt32()));
        var first = run.GetProperty("sources")[0];
        Assert.Equal((acme, "greenhouse", "acme", "succeeded", 57, 50, 7, 0), (first.GetProperty("source_id").GetInt32(), first.GetProperty("type").GetString(),
            first.GetProperty("key").GetString(), first.GetProperty("status").GetString(), first.GetProperty("fetched").GetInt32(),
            first.GetProperty("new_postings").GetInt32(), first.GetProperty("duplicates").GetInt32(), first.GetProperty("skipped").GetInt32()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        var second = run.GetProperty("sources")[1];
        Assert.Equal(("remotive", "failed", "Remotive answered 503 three times."),
            (second.GetProperty("type").GetString(), second.GetProperty("status").GetString(), second.GetProperty("error").GetString()));

        var source = await JsonAsync(await api.GetAsync($"/api/v1/sources/{acme}"));
        Assert.Equal(("succeeded", 4), (source.GetProperty("last_run_status").GetString(), source.GetProperty("last_run_jobs_added").GetInt32()));
        Assert.NotEqual(JsonValueKind.Null, source.GetProperty("last_run_at").ValueKind);
    }

    [Fact]
    public async Task A_sources_quality_counts_its_jobs_those_applied_to_and_those_that_reached_an_interview()
    {
        var api = await app.ApiAsync();
        var acme = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "acme" }), HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var globex = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "globex" }), HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var tracked = await CreateJobAsync(api, new { company = "Acme", title = "Engineer" });
        var applied = await CreateJobAsync(api, new { company = "Acme", title = "Tester", status = "applied" });
        var interviewed = await CreateJobAsync(api, new { company = "Acme", title = "Lead", status = "interview" });
        var rejectedAfterOffer = await CreateJobAsync(api, new { company = "Acme", title = "Architect", status = "offer" });
        await JsonAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{rejectedAfterOffer}", new { status = "rejected" }));
        var mine = await CreateJobAsync(api, new { company = "Initech", title = "Engineer", status = "interview" });
        await app.AttributeJobsAsync(acme, tracked, applied, interviewed, rejectedAfterOffer);

        var items = (await JsonAsync(await api.GetAsync("/api/v1/sources"))).GetProperty("items");
        Assert.Equal("""{"jobs":4,"applied":3,"interviews":2}""", items[0].GetProperty("quality").GetRawText());
        Assert.Equal("""{"jobs":0,"applied":0,"interviews":0}""", items[1].GetProperty("quality").GetRawText());
        Assert.Equal(globex, items[1].GetProperty("id").GetInt32());
        Assert.Equal("""{"jobs":4,"applied":3,"interviews":2}""", (await JsonAsync(await api.GetAsync($"/api/v1/sources/{acme}"))).GetProperty("quality").GetRawText());
        Assert.NotEqual(0, mine);
    }
}
