using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Events;
using CareerCopilot.Web.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Data;

/// <summary>Whatever client changes a user's jobs and applications, that user's open streams hear of it, and no one else's.</summary>
public sealed class ChangeEventsInterceptorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Creating_changing_and_deleting_through_the_api_reaches_the_users_stream_only()
    {
        var email = app.NewEmail("events");
        var client = await app.ApiAsync(email);
        var bystander = await app.ApiAsync();
        var hub = app.Services.GetRequiredService<UserEventHub>();
        using var mine = hub.Subscribe(await UserIdAsync(email));

        var created = await (await client.PostAsJsonAsync("/api/v1/jobs", new { company = "Contoso", title = "Developer" })).Content.ReadFromJsonAsync<JsonElement>();
        var jobId = created.GetProperty("id").GetInt32();
        (await bystander.PostAsJsonAsync("/api/v1/jobs", new { company = "Elsewhere", title = "Tester" })).EnsureSuccessStatusCode();
        var application = await (await client.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId })).Content.ReadFromJsonAsync<JsonElement>();
        (await client.DeleteAsync($"/api/v1/jobs/{jobId}")).EnsureSuccessStatusCode();

        var heard = new List<UserEvent>();
        while (mine.Reader.TryRead(out var e)) heard.Add(e.Event);
        Assert.Equal(UserEvent.ForJob(jobId), heard[0]);
        Assert.Contains(UserEvent.ForApplication(application.GetProperty("id").GetInt32(), jobId), heard);
        Assert.Equal(UserEvent.ForJob(jobId), heard[^1]);
        Assert.All(heard, e => Assert.True(e.Data is JobChangedData { JobId: var id } ? id == jobId : e.Data is ApplicationChangedData { JobId: var j } && j == jobId));
    }

    private async Task<int> UserIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }
}
