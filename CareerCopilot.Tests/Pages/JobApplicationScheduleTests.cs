using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The job page's follow-up and interview, through the card's real forms, in the user's own time zone.</summary>
public sealed class JobApplicationScheduleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AppliedJobAsync(HttpClient client, string company = "Contoso")
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = company, ["Input.Title"] = "Engineer", ["Input.Status"] = "applied" });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private async Task<HttpClient> InBerlinAsync()
    {
        var client = await app.SignedInAsync();
        var profile = await client.GetDocumentAsync("/profile");
        var saved = await client.SubmitAsync(profile.Form("#profile-form"), new() { ["Input.TimeZone"] = "Europe/Berlin" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return client;
    }

    [Fact]
    public async Task The_follow_up_date_is_set_and_cleared_without_htmx()
    {
        var client = await app.SignedInAsync();
        var jobId = await AppliedJobAsync(client);
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Null(page.QuerySelector("#application-card .follow-up-clear"));

        var response = await client.SubmitAsync(page.Form("#application-card .follow-up-form"), new() { ["followUpOn"] = "2026-12-01" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Contains("Follow-up date saved.", after.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal("2026-12-01", after.QuerySelector("#follow-up-on")?.GetAttribute("value"));

        await client.SubmitAsync(after.Form("#follow-up .clear-form"), []);
        var cleared = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Contains("Follow-up cleared.", cleared.QuerySelector("#flash-area")?.TextContent);
        Assert.True(string.IsNullOrEmpty(cleared.QuerySelector("#follow-up-on")?.GetAttribute("value")));
    }

    [Fact]
    public async Task The_interview_is_entered_and_shown_in_the_users_zone_and_stored_in_utc()
    {
        var client = await InBerlinAsync();
        var jobId = await AppliedJobAsync(client);
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");

        var response = await client.HtmxPostAsync($"/jobs/{jobId}?handler=Interview", page.AntiforgeryToken(),
            new() { ["interviewDate"] = "2026-12-10", ["interviewTime"] = "14:30" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("14:30", card.QuerySelector("#interview-time")?.GetAttribute("value"));
        Assert.Equal("2026-12-10", card.QuerySelector("#interview-date")?.GetAttribute("value"));
        Assert.Equal("2026-12-10T13:30:00.0000000Z", card.QuerySelector(".interview-when time")?.GetAttribute("datetime"));
        Assert.Contains("10 Dec 2026, 14:30", card.QuerySelector(".interview-when")?.TextContent);
        Assert.Contains("Europe/Berlin", card.QuerySelector("#interview-help")?.TextContent);

        var board = await client.GetDocumentAsync("/applications");
        Assert.Contains("Interview in 14 days at 14:30", board.QuerySelector(".card-next")?.TextContent);

        var cleared = await client.HtmxPostAsync($"/jobs/{jobId}?handler=Interview", page.AntiforgeryToken(),
            new() { ["interviewDate"] = "", ["interviewTime"] = "" });
        var emptied = await HtmlClient.ParseFragmentAsync(await cleared.Content.ReadAsStringAsync());
        Assert.Null(emptied.QuerySelector(".interview-when"));
        Assert.Null(emptied.QuerySelector(".interview-clear"));
    }

    [Theory]
    [InlineData("2026-12-10", "", "Give the interview's time as well as its date.")]
    [InlineData("", "14:30", "Give the interview's date as well as its time.")]
    [InlineData("2026-12-10", "half past two", "Interview time must be a time such as 14:30.")]
    [InlineData("2027-03-28", "02:30", "That time does not exist in your time zone: the clocks go forward then.")]
    [InlineData("2226-12-10", "14:30", "Interview time must be between 2000 and 2099.")]
    public async Task A_refused_interview_says_why_beside_its_inputs_and_keeps_what_was_typed(string date, string time, string message)
    {
        var client = await InBerlinAsync();
        var jobId = await AppliedJobAsync(client);
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");

        var response = await client.SubmitAsync(page.Form("#application-card .interview-form"), new() { ["interviewDate"] = date, ["interviewTime"] = time });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var whole = await HtmlClient.ParseAsync(response);
        Assert.Equal(message, whole.QuerySelector("#interview-error")?.TextContent);
        Assert.Equal(time, whole.QuerySelector("#interview-time")?.GetAttribute("value") ?? "");
        Assert.Equal("true", whole.QuerySelector("#interview-date")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_refused_interview_given_in_the_address_without_a_body_is_answered_with_its_message()
    {
        var client = await InBerlinAsync();
        var jobId = await AppliedJobAsync(client);
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/jobs/{jobId}?handler=Interview&interviewDate=2027-03-28&interviewTime=02:30");
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.AntiforgeryToken());

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("That time does not exist in your time zone: the clocks go forward then.", card.QuerySelector("#interview-error")?.TextContent);
        Assert.Equal("02:30", card.QuerySelector("#interview-time")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_follow_up_on_the_board_says_when()
    {
        var client = await app.SignedInAsync();
        var jobId = await AppliedJobAsync(client, "Fabrikam");
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        var response = await client.HtmxPostAsync($"/jobs/{jobId}?handler=FollowUp", page.AntiforgeryToken(), new() { ["followUpOn"] = "2026-11-27" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var board = await client.GetDocumentAsync("/applications");
        Assert.Equal("Next: Follow up tomorrow", board.QuerySelector(".card-next")?.TextContent);
    }
}
