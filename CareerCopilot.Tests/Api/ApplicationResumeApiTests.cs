using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class ApplicationResumeApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> ResumeAsync(HttpClient api) =>
        (await JsonAsync(await api.PostAsync("/api/v1/resumes", ResumeUploads.Multipart(ResumeUploads.Text(), "cv.txt")), HttpStatusCode.Accepted))
        .GetProperty("id").GetInt32();

    [Fact]
    public async Task An_application_records_the_users_own_resume_and_shows_it()
    {
        var api = await app.ApiAsync();
        var resumeId = await ResumeAsync(api);
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var created = await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId, resume_id = resumeId }), HttpStatusCode.Created);
        Assert.Equal(resumeId, created.GetProperty("resume_id").GetInt32());
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(resumeId, (await JsonAsync(await api.GetAsync($"/api/v1/applications/{id}"))).GetProperty("resume_id").GetInt32());

        var cleared = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/applications/{id}", new { resume_id = (int?)null }));
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("resume_id").ValueKind);
    }

    [Fact]
    public async Task Another_users_resume_or_a_missing_one_is_refused_beside_resume_id()
    {
        var a = await app.ApiAsync();
        var b = await app.ApiAsync();
        var theirs = await ResumeAsync(b);
        var jobId = await CreateJobAsync(a, new { company = "Contoso", title = "Engineer" });
        var refused = await a.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId, resume_id = theirs });
        Assert.Equal(["Choose one of your resumes."], Errors(await ProblemAsync(refused, HttpStatusCode.BadRequest, "validation_failed"), "resume_id"));

        var id = (await JsonAsync(await a.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await ProblemAsync(await a.PutAsJsonAsync($"/api/v1/applications/{id}", new { resume_id = 999_999 }), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Deleting_the_resume_leaves_the_application_without_one()
    {
        var api = await app.ApiAsync();
        var resumeId = await ResumeAsync(api);
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId, resume_id = resumeId }), HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/resumes/{resumeId}")).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await JsonAsync(await api.GetAsync($"/api/v1/applications/{id}"))).GetProperty("resume_id").ValueKind);
    }
}
