using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The job page as a tracker: the deadline, the applied date, notes and contacts, through its real forms.</summary>
public sealed class JobTrackerPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AddJobAsync(HttpClient client, Dictionary<string, string> values)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_job_form_keeps_a_deadline_and_refuses_one_no_one_can_mean_beside_the_field()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Deadline"] = "2026-12-15" });

        var details = await client.GetDocumentAsync($"/jobs/{id}");
        Assert.Contains("15 Dec 2026", details.QuerySelector(".job-facts")?.TextContent);
        var edit = await client.GetDocumentAsync($"/jobs/edit?id={id}");
        Assert.Equal("2026-12-15", edit.QuerySelector("#Input_Deadline")?.GetAttribute("value"));

        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(edit.Form("#job-form"), new() { ["Input.Deadline"] = "0226-12-15" }));
        Assert.Contains("between", refused.QuerySelector("[data-valmsg-for='Input.Deadline']")?.TextContent);
        Assert.Contains("15 Dec 2026", (await client.GetDocumentAsync($"/jobs/{id}")).QuerySelector(".job-facts")?.TextContent);
    }
}
