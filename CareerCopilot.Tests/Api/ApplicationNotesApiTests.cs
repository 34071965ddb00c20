using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class ApplicationNotesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> ApplicationAsync(HttpClient api)
    {
        var jobId = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        return (await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Notes_are_added_listed_newest_first_and_deleted()
    {
        var api = await ApiWithApplicationAsync();
        var (client, id) = api;

        var response = await client.PostAsJsonAsync($"/api/v1/applications/{id}/notes", new { kind = "interview", text = "  Panel with three engineers ", occurred_on = "2026-11-24" });
        var note = await JsonAsync(response, HttpStatusCode.Created);
        var noteId = note.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/applications/{id}/notes/{noteId}", response.Headers.Location?.OriginalString);
        Assert.Equal(("interview", "Panel with three engineers", "2026-11-24", id),
            (note.GetProperty("kind").GetString(), note.GetProperty("text").GetString(), note.GetProperty("occurred_on").GetString(), note.GetProperty("application_id").GetInt32()));

        // Without a kind or a date: a plain note, today in the user's calendar.
        var plain = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/applications/{id}/notes", new { text = "Sent a thank-you" }), HttpStatusCode.Created);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(("note", today), (plain.GetProperty("kind").GetString(), plain.GetProperty("occurred_on").GetString()));

        var list = await JsonAsync(await client.GetAsync($"/api/v1/applications/{id}/notes"));
        Assert.Equal(["Sent a thank-you", "Panel with three engineers"], list.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("text").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/applications/{id}/notes/{noteId}")).StatusCode);
        await ProblemAsync(await client.DeleteAsync($"/api/v1/applications/{id}/notes/{noteId}"), HttpStatusCode.NotFound, "not_found");
        Assert.Single((await JsonAsync(await client.GetAsync($"/api/v1/applications/{id}/notes"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_invalid_note_is_400_with_every_field_error()
    {
        var (client, id) = await ApiWithApplicationAsync();
        var problem = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/applications/{id}/notes", new { kind = "rumour", text = " ", occurred_on = "1999-12-31" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["Text is required."], Errors(problem, "text"));
        Assert.Equal(["Kind must be one of: note, call, email, interview."], Errors(problem, "kind"));
        Assert.Single(Errors(problem, "occurred_on"));
        var tooLong = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/applications/{id}/notes", new { text = new string('x', 4001) }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Single(Errors(tooLong, "text"));
    }

    [Fact]
    public async Task Another_users_application_and_notes_are_404()
    {
        var (owner, id) = await ApiWithApplicationAsync();
        var noteId = (await JsonAsync(await owner.PostAsJsonAsync($"/api/v1/applications/{id}/notes", new { text = "Mine" }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var (other, otherId) = await ApiWithApplicationAsync();

        await ProblemAsync(await other.GetAsync($"/api/v1/applications/{id}/notes"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await other.PostAsJsonAsync($"/api/v1/applications/{id}/notes", new { text = "Yours?" }), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await other.DeleteAsync($"/api/v1/applications/{id}/notes/{noteId}"), HttpStatusCode.NotFound, "not_found");
        // Nor through one's own application.
        await ProblemAsync(await other.DeleteAsync($"/api/v1/applications/{otherId}/notes/{noteId}"), HttpStatusCode.NotFound, "not_found");
        Assert.Single((await JsonAsync(await owner.GetAsync($"/api/v1/applications/{id}/notes"))).GetProperty("items").EnumerateArray());
    }

    private async Task<(HttpClient Api, int ApplicationId)> ApiWithApplicationAsync()
    {
        var api = await app.ApiAsync();
        return (api, await ApplicationAsync(api));
    }
}
