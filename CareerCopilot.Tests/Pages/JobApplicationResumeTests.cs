using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

public sealed class JobApplicationResumeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AppliedJobAsync(HttpClient client)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Status"] = "applied" });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> ResumeAsync(HttpClient client, string label)
    {
        var page = await client.GetDocumentAsync("/resumes");
        await client.SubmitFileAsync(page.Form("#resume-form"), "Input.File", ResumeUploads.Text(), "cv.txt", new() { ["Input.Label"] = label });
        return (await client.GetDocumentAsync("/resumes")).QuerySelectorAll("#resume-list .resume-row")
            .Select(r => int.Parse(r.Id!.Split('-')[1], CultureInfo.InvariantCulture)).Max();
    }

    [Fact]
    public async Task The_application_card_records_which_resume_was_sent()
    {
        var client = await app.SignedInAsync();
        var jobId = await AppliedJobAsync(client);
        var before = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Contains("Upload a resume", before.QuerySelector("#application-card .resume-form")?.TextContent);

        var resumeId = await ResumeAsync(client, "Backend 2026");
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        var response = await client.SubmitAsync(page.Form("#application-card .resume-form"), new() { ["resumeId"] = resumeId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Contains("Resume recorded.", after.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal("Backend 2026 (cv.txt)", after.QuerySelector("#resume-id option[selected]")?.TextContent);
    }

    [Fact]
    public async Task Another_users_resume_is_refused_beside_the_choice()
    {
        var other = await app.SignedInAsync();
        var theirs = await ResumeAsync(other, "Theirs");
        var client = await app.SignedInAsync();
        var jobId = await AppliedJobAsync(client);
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        var response = await client.HtmxPostAsync($"/jobs/{jobId}?handler=Resume", page.AntiforgeryToken(),
            new() { ["resumeId"] = theirs.ToString(CultureInfo.InvariantCulture) });
        var card = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Choose one of your resumes.", card.QuerySelector("#resume-id-error")?.TextContent);
    }
}
