using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class ContactsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_contact_is_created_on_jobs_listed_by_job_changed_and_deleted()
    {
        var api = await app.ApiAsync();
        var contoso = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var fabrikam = await CreateJobAsync(api, new { company = "Fabrikam", title = "Engineer" });

        var response = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            name = "Sam Lee", role = "Recruiter", email = "sam@example.test", phone = "+49 (30) 123-4567", link = "https://www.example.test/in/sam",
            notes = "Prefers calls", job_ids = new[] { contoso, fabrikam, contoso },
        });
        var contact = await JsonAsync(response, HttpStatusCode.Created);
        var id = contact.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/contacts/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(new[] { contoso, fabrikam }.Order(), contact.GetProperty("job_ids").EnumerateArray().Select(j => j.GetInt32()));
        Assert.Equal("+49 (30) 123-4567", contact.GetProperty("phone").GetString());

        var onContoso = await JsonAsync(await api.GetAsync($"/api/v1/contacts?job_id={contoso}"));
        Assert.Equal(["Sam Lee"], onContoso.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        // A PUT changes what it sends: job_ids replaces the links, the rest stays.
        var changed = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/contacts/{id}", new { job_ids = new[] { fabrikam } }));
        Assert.Equal([fabrikam], changed.GetProperty("job_ids").EnumerateArray().Select(j => j.GetInt32()));
        Assert.Equal("Recruiter", changed.GetProperty("role").GetString());
        Assert.Empty((await JsonAsync(await api.GetAsync($"/api/v1/contacts?job_id={contoso}"))).GetProperty("items").EnumerateArray());

        // Deleting a job takes it off its contacts; deleting a contact leaves the jobs.
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/jobs/{fabrikam}")).StatusCode);
        Assert.Empty((await JsonAsync(await api.GetAsync($"/api/v1/contacts/{id}"))).GetProperty("job_ids").EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/contacts/{id}")).StatusCode);
        await ProblemAsync(await api.GetAsync($"/api/v1/contacts/{id}"), HttpStatusCode.NotFound, "not_found");
        await JsonAsync(await api.GetAsync($"/api/v1/jobs/{contoso}"));
    }

    [Fact]
    public async Task An_invalid_contact_is_400_with_every_field_error()
    {
        var api = await app.ApiAsync();
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/contacts",
            new { name = " ", email = "sam-at-example", phone = "call me", link = "javascript:alert(1)", job_ids = new[] { 999_999 } }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["Name is required."], Errors(problem, "name"));
        Assert.Single(Errors(problem, "email"));
        Assert.Single(Errors(problem, "phone"));
        Assert.Equal(["Link must be an http or https address."], Errors(problem, "link"));
        Assert.Equal(["There is no job 999999."], Errors(problem, "job_ids"));
        await ProblemAsync(await api.PostAsJsonAsync("/api/v1/contacts", new { name = "Sam", job_ids = "all" }), HttpStatusCode.BadRequest, "malformed_json");
    }

    [Fact]
    public async Task Another_users_contacts_and_jobs_are_404_or_unknown()
    {
        var owner = await app.ApiAsync();
        var ownerJob = await CreateJobAsync(owner, new { company = "Contoso", title = "Engineer" });
        var id = (await JsonAsync(await owner.PostAsJsonAsync("/api/v1/contacts", new { name = "Sam Lee", job_ids = new[] { ownerJob } }), HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var other = await app.ApiAsync();

        await ProblemAsync(await other.GetAsync($"/api/v1/contacts/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await other.PutAsJsonAsync($"/api/v1/contacts/{id}", new { name = "Mine" }), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await other.DeleteAsync($"/api/v1/contacts/{id}"), HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await JsonAsync(await other.GetAsync("/api/v1/contacts"))).GetProperty("items").EnumerateArray());
        Assert.Empty((await JsonAsync(await other.GetAsync($"/api/v1/contacts?job_id={ownerJob}"))).GetProperty("items").EnumerateArray());
        var linked = await ProblemAsync(await other.PostAsJsonAsync("/api/v1/contacts", new { name = "Sneaky", job_ids = new[] { ownerJob } }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Single(Errors(linked, "job_ids"));
        Assert.Equal("Sam Lee", (await JsonAsync(await owner.GetAsync($"/api/v1/contacts/{id}"))).GetProperty("name").GetString());
    }
}
