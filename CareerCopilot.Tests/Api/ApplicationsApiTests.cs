using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class ApplicationsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Tracking_an_application_defaults_to_applied_and_the_job_follows()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });

        var response = await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId, notes = "Referred by Sam" });
        var application = await JsonAsync(response, HttpStatusCode.Created);

        Assert.Equal($"/api/v1/applications/{application.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        Assert.Equal("applied", application.GetProperty("status").GetString());
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(today, application.GetProperty("applied_at").GetString());
        Assert.Equal("Referred by Sam", application.GetProperty("notes").GetString());
        Assert.Equal(["applied"], application.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        var job = await JsonAsync(await api.GetAsync($"/api/v1/jobs/{jobId}"));
        Assert.Equal("applied", job.GetProperty("status").GetString());
        Assert.Equal(today, job.GetProperty("date_applied").GetString());
    }

    [Fact]
    public async Task A_second_application_for_the_same_job_is_409()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId });
        await ProblemAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Conflict, "duplicate");
    }

    [Fact]
    public async Task Missing_or_unknown_jobs_are_refused()
    {
        var api = await app.ApiAsync();
        Assert.NotEmpty(Errors(await ProblemAsync(await api.PostAsJsonAsync("/api/v1/applications", new { notes = "x" }),
            HttpStatusCode.BadRequest, "validation_failed"), "job_id"));
        await ProblemAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = 999_999 }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Every_status_change_is_appended_to_history_and_the_job_follows()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await JsonAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { status = "interview" }));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var application = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { status = "offer", notes = "Verbal offer" }));

        var history = application.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["applied", "interview", "offer"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.True(history[2].GetProperty("at").GetDateTimeOffset() > history[1].GetProperty("at").GetDateTimeOffset());
        Assert.Equal("Verbal offer", application.GetProperty("notes").GetString());
        Assert.Equal("offer", (await JsonAsync(await api.GetAsync($"/api/v1/jobs/{jobId}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_unknown_status_is_400_invalid_status_listing_the_allowed_values()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var problem = await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { status = "hired" }),
            HttpStatusCode.BadRequest, "invalid_status");
        Assert.Contains("applied, interview, offer, accepted, rejected, withdrawn", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_move_the_rules_forbid_is_422_and_changes_nothing()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { status = "accepted" }),
            HttpStatusCode.UnprocessableEntity, "invalid_transition");
        var application = await JsonAsync(await api.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal("applied", application.GetProperty("status").GetString());
        Assert.Equal(1, application.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task The_list_filters_by_status_and_shows_only_the_users_own()
    {
        var ana = await app.ApiAsync();
        var bob = await app.ApiAsync();
        foreach (var (company, status) in new[] { ("A", "applied"), ("B", "interview"), ("C", "interview") })
        {
            var jobId = await CreateJobAsync(ana, new { company, title = "Engineer" });
            await ana.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId, status });
        }
        var bobJob = await CreateJobAsync(bob, new { company = "Bob Co", title = "Engineer" });
        var bobApplication = (await JsonAsync(await bob.PostAsJsonAsync("/api/v1/applications", new { job_id = bobJob }), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var all = await JsonAsync(await ana.GetAsync("/api/v1/applications"));
        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
        var interviews = await JsonAsync(await ana.GetAsync("/api/v1/applications?status=interview"));
        Assert.Equal(["B", "C"], interviews.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("company").GetString()).Order());
        await ProblemAsync(await ana.GetAsync("/api/v1/applications?status=hired"), HttpStatusCode.BadRequest, "invalid_status");

        await ProblemAsync(await ana.GetAsync($"/api/v1/applications/{bobApplication}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await ana.PutAsJsonAsync($"/api/v1/applications/{bobApplication}", new { status = "rejected" }), HttpStatusCode.NotFound, "not_found");
        Assert.Equal("applied", (await JsonAsync(await bob.GetAsync($"/api/v1/applications/{bobApplication}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_job_with_an_application_cannot_be_set_back_to_not_applied()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer", status = "interview" });
        var job = await JsonAsync(await api.GetAsync($"/api/v1/jobs/{jobId}"));
        Assert.True(job.GetProperty("application_id").GetInt32() > 0);

        await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{jobId}", new { status = "not_applied" }), HttpStatusCode.UnprocessableEntity, "invalid_transition");
        await ProblemAsync(await api.PostAsJsonAsync("/api/v1/jobs", new { company = "A", title = "B", status = "accepted" }), HttpStatusCode.UnprocessableEntity, "invalid_transition");
        var viaJob = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{jobId}", new { status = "offer" }));
        var application = await JsonAsync(await api.GetAsync($"/api/v1/applications/{viaJob.GetProperty("application_id").GetInt32()}"));
        Assert.Equal("offer", application.GetProperty("status").GetString());
        Assert.Equal(["interview", "offer"], application.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_applied_date_can_be_corrected_and_the_job_follows_but_not_into_the_future()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var changed = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { applied_at = "2026-11-20" }));
        Assert.Equal("2026-11-20", changed.GetProperty("applied_at").GetString());
        Assert.Equal("2026-11-20", (await JsonAsync(await api.GetAsync($"/api/v1/jobs/{jobId}"))).GetProperty("date_applied").GetString());

        var tomorrow = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var problem = await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { applied_at = tomorrow }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["The applied date cannot be after today."], Errors(problem, "applied_at"));
        Assert.Equal("2026-11-20", (await JsonAsync(await api.GetAsync($"/api/v1/applications/{id}"))).GetProperty("applied_at").GetString());
    }
}
