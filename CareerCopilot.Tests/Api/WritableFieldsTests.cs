using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Contacts;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

/// <summary>
/// Every writable field of every update, sent alone in a PUT, is stored and read back, and nothing else changes: a field
/// the rules forgot to copy, or copy under the wrong name, fails here. Each table must name every writable field.
/// </summary>
public sealed class WritableFieldsTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A field's value as sent, and as read back when the rules store it differently.</summary>
    private sealed record Sample(JsonNode Sent, JsonNode? Stored = null, params string[] AlsoChanges);

    private static readonly Dictionary<string, Sample> JobSamples = new()
    {
        [nameof(JobFields.Company)] = new("Fabrikam"),
        [nameof(JobFields.Title)] = new("Staff Engineer"),
        [nameof(JobFields.Location)] = new("Amsterdam, Netherlands"),
        [nameof(JobFields.Remote)] = new("hybrid"),
        [nameof(JobFields.EmploymentType)] = new("contract"),
        [nameof(JobFields.ExperienceLevel)] = new("lead"),
        [nameof(JobFields.TechStack)] = new(new JsonArray("k8s", "postgres"), new JsonArray("Kubernetes", "PostgreSQL")),
        [nameof(JobFields.Responsibilities)] = new("Own the platform."),
        [nameof(JobFields.Description)] = new("A small platform team."),
        [nameof(JobFields.Url)] = new("https://jobs.example.com/fabrikam/staff"),
        [nameof(JobFields.ApplyUrl)] = new("https://jobs.example.com/fabrikam/staff/apply"),
        [nameof(JobFields.SalaryMin)] = new(50_000),
        [nameof(JobFields.SalaryMax)] = new(90_000),
        [nameof(JobFields.SalaryCurrency)] = new("gbp", "GBP"),
        [nameof(JobFields.SalaryPeriod)] = new("month"),
        [nameof(JobFields.Status)] = new("interview", AlsoChanges: ["date_applied", "application_id"]),
        [nameof(JobFields.Notes)] = new("Call back on Monday."),
        [nameof(JobFields.DateApplied)] = new("2026-11-01"),
        [nameof(JobFields.Deadline)] = new("2026-12-15"),
        [nameof(JobFields.PostedAt)] = new("2026-10-30T08:00:00Z"),
    };

    private static readonly Dictionary<string, Sample> ProfileSamples = new()
    {
        [nameof(ProfileFields.FullName)] = new("Ana Diaz"),
        [nameof(ProfileFields.Skills)] = new(new JsonArray("c#", "k8s"), new JsonArray("C#", "Kubernetes")),
        [nameof(ProfileFields.PreferredLocations)] = new(new JsonArray("Berlin", "Remote")),
        [nameof(ProfileFields.ExperienceLevel)] = new("senior"),
        [nameof(ProfileFields.TimeZone)] = new("Europe/Berlin"),
        [nameof(ProfileFields.MorningDigest)] = new(false),
        [nameof(ProfileFields.EveningDigest)] = new(false),
        [nameof(ProfileFields.AlertMinScore)] = new(65),
        // Quiet hours come in pairs: the test first sets 21 to 6, then changes each end alone.
        [nameof(ProfileFields.QuietHoursStart)] = new(22),
        [nameof(ProfileFields.QuietHoursEnd)] = new(7),
    };

    private static readonly Dictionary<string, Sample> ApplicationSamples = new()
    {
        [nameof(ApplicationFields.Status)] = new("offer", AlsoChanges: ["history"]),
        [nameof(ApplicationFields.Notes)] = new("Second round on Friday."),
        [nameof(ApplicationFields.AppliedAt)] = new("2026-11-01"),
        // Replaced in the test by the id of a resume the user has just uploaded: it must be their own.
        [nameof(ApplicationFields.ResumeId)] = new(0),
        [nameof(ApplicationFields.FollowUpOn)] = new("2026-12-03"),
        [nameof(ApplicationFields.InterviewAt)] = new("2026-12-10T14:30:00+01:00", "2026-12-10T13:30:00Z"),
    };

    /// <summary>A contact's fields but its job ids, whose values are the jobs of the test (ContactsApiTests sends them).</summary>
    private static readonly Dictionary<string, Sample> ContactSamples = new()
    {
        [nameof(ContactFields.Name)] = new("Sam Lee"),
        [nameof(ContactFields.Role)] = new("Recruiter"),
        [nameof(ContactFields.Email)] = new("sam@example.test"),
        [nameof(ContactFields.Phone)] = new("+49 30 1234567"),
        [nameof(ContactFields.Link)] = new("https://www.example.test/in/sam"),
        [nameof(ContactFields.Notes)] = new("Prefers calls."),
    };

    /// <summary>A subscription's fields, sent alone to a Greenhouse board's source: each change still makes a valid subscription.</summary>
    private static readonly Dictionary<string, Sample> SourceSamples = new()
    {
        [nameof(SourceFields.Type)] = new("lever_eu"),
        [nameof(SourceFields.Key)] = new("globex"),
        [nameof(SourceFields.Query)] = new("platform"),
        [nameof(SourceFields.Location)] = new("Berlin"),
        [nameof(SourceFields.Enabled)] = new(false),
    };

    [Fact]
    public void Each_table_names_every_writable_field()
    {
        Assert.Equal(new SourceFields().Properties.Order(), SourceSamples.Keys.Order());
        Assert.Equal(new ContactFields().Properties.Except([nameof(ContactFields.JobIds)]).Order(), ContactSamples.Keys.Order());
        Assert.Equal(new JobFields().Properties.Order(), JobSamples.Keys.Order());
        Assert.Equal(new ProfileFields().Properties.Order(), ProfileSamples.Keys.Order());
        Assert.Equal(new ApplicationFields().Properties.Order(), ApplicationSamples.Keys.Order());
    }

    [Fact]
    public async Task Every_job_field_round_trips_alone()
    {
        var api = await app.ApiAsync();
        var id = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        await RoundTripAsync(api, $"/api/v1/jobs/{id}", JobSamples);
    }

    [Fact]
    public async Task Every_profile_field_round_trips_alone()
    {
        var api = await app.ApiAsync();
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { quiet_hours_start = 21, quiet_hours_end = 6 }));
        await RoundTripAsync(api, "/api/v1/profile", ProfileSamples);
    }

    [Fact]
    public async Task Every_application_field_round_trips_alone()
    {
        var api = await app.ApiAsync();
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var created = await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), System.Net.HttpStatusCode.Created);
        var resume = await JsonAsync(await api.PostAsync("/api/v1/resumes", ResumeUploads.Multipart(ResumeUploads.Text(), "cv.txt")), System.Net.HttpStatusCode.Accepted);
        var samples = new Dictionary<string, Sample>(ApplicationSamples) { [nameof(ApplicationFields.ResumeId)] = new(resume.GetProperty("id").GetInt32()) };
        await RoundTripAsync(api, $"/api/v1/applications/{created.GetProperty("id").GetInt32()}", samples);
    }

    [Fact]
    public async Task Every_contact_field_round_trips_alone()
    {
        var api = await app.ApiAsync();
        var created = await JsonAsync(await api.PostAsJsonAsync("/api/v1/contacts", new { name = "Someone" }), System.Net.HttpStatusCode.Created);
        await RoundTripAsync(api, $"/api/v1/contacts/{created.GetProperty("id").GetInt32()}", ContactSamples);
    }

    [Fact]
    public async Task Every_source_field_round_trips_alone()
    {
        var api = await app.ApiAsync();
        var created = await JsonAsync(await api.PostAsJsonAsync("/api/v1/sources", new { type = "greenhouse", key = "acme" }), System.Net.HttpStatusCode.Created);
        await RoundTripAsync(api, $"/api/v1/sources/{created.GetProperty("id").GetInt32()}", SourceSamples);
    }

    private static async Task RoundTripAsync(HttpClient api, string url, Dictionary<string, Sample> samples)
    {
        foreach (var (property, sample) in samples)
        {
            var field = SnakeCase.Convert(property);
            var before = JsonNode.Parse((await JsonAsync(await api.GetAsync(url))).GetRawText())!.AsObject();
            await JsonAsync(await api.PutAsJsonAsync(url, new JsonObject { [field] = sample.Sent.DeepClone() }));
            var after = JsonNode.Parse((await JsonAsync(await api.GetAsync(url))).GetRawText())!.AsObject();

            var expected = (sample.Stored ?? sample.Sent).ToJsonString();
            Assert.True(expected == after[field]?.ToJsonString(), $"{field}: sent {sample.Sent.ToJsonString()}, read back {after[field]?.ToJsonString()}");
            Assert.NotEqual(before[field]?.ToJsonString(), after[field]?.ToJsonString());
            var unchanged = before.Select(p => p.Key).Except([field, "updated_at", .. sample.AlsoChanges]);
            foreach (var other in unchanged)
                Assert.True(JsonNode.DeepEquals(before[other], after[other]), $"Sending {field} alone changed {other}");
        }
    }
}
