using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The dashboard's due follow-ups (with "Done") and coming interviews, set through the job page's real forms.</summary>
public sealed class DashboardAgendaTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AppliedJobAsync(HttpClient client, string company)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = company, ["Input.Title"] = "Engineer", ["Input.Status"] = "applied" });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static async Task FollowUpAsync(HttpClient client, int jobId, string on)
    {
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page.Form("#application-card .follow-up-form"), new() { ["followUpOn"] = on })).StatusCode);
    }

    private static async Task InterviewAsync(HttpClient client, int jobId, string date, string time)
    {
        var page = await client.GetDocumentAsync($"/jobs/{jobId}");
        var response = await client.SubmitAsync(page.Form("#application-card .interview-form"), new() { ["interviewDate"] = date, ["interviewTime"] = time });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task With_nothing_due_both_cards_say_what_to_do()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/");
        var empty = page.QuerySelectorAll("#agenda .agenda-empty").Select(p => p.TextContent).ToList();
        Assert.Equal(2, empty.Count);
        Assert.Contains("set \"Follow up on\"", empty[0]);
        Assert.Contains("give its date and time on the job's page", empty[1]);
    }

    [Fact]
    public async Task Due_follow_ups_list_oldest_first_with_links_and_done_clears_one_without_htmx()
    {
        var client = await app.SignedInAsync();
        var today = await AppliedJobAsync(client, "Today Co");
        var old = await AppliedJobAsync(client, "Old Co");
        var later = await AppliedJobAsync(client, "Later Co");
        // The test clock's today is 26 November 2026 (UTC).
        await FollowUpAsync(client, today, "2026-11-26");
        await FollowUpAsync(client, old, "2026-11-20");
        await FollowUpAsync(client, later, "2026-11-30");

        var page = await client.GetDocumentAsync("/");
        var rows = page.QuerySelectorAll("#agenda .follow-up-list li").ToList();
        Assert.Equal(["Old Co", "Today Co"], rows.Select(r => r.QuerySelector("a")!.TextContent));
        Assert.Equal($"/jobs/{old}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("6 days overdue", rows[0].TextContent);
        Assert.Contains("today", rows[1].TextContent);

        var response = await client.SubmitAsync(page.Form("#agenda .follow-up-list li form"), []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/");
        Assert.Contains("Follow-up done.", after.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal(["Today Co"], after.QuerySelectorAll("#agenda .follow-up-list li a").Select(a => a.TextContent));
        var job = await client.GetDocumentAsync($"/jobs/{old}");
        Assert.True(string.IsNullOrEmpty(job.QuerySelector("#follow-up-on")?.GetAttribute("value")));
    }

    [Fact]
    public async Task Done_with_htmx_answers_the_list_and_another_users_follow_up_is_not_found()
    {
        var owner = await app.SignedInAsync();
        var jobId = await AppliedJobAsync(owner, "Theirs");
        await FollowUpAsync(owner, jobId, "2026-11-26");
        var ownerPage = await owner.GetDocumentAsync("/");
        var done = ownerPage.QuerySelector("#agenda .follow-up-done")!.GetAttribute("hx-post")!;

        var stranger = await app.SignedInAsync();
        var strangerPage = await stranger.GetDocumentAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.HtmxPostAsync(done, strangerPage.AntiforgeryToken())).StatusCode);
        Assert.Single((await owner.GetDocumentAsync("/")).QuerySelectorAll("#agenda .follow-up-list li"));

        var response = await owner.HtmxPostAsync(done, ownerPage.AntiforgeryToken());
        var fragment = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(fragment.QuerySelector("section#agenda"));
        Assert.Empty(fragment.QuerySelectorAll(".follow-up-list li"));
        Assert.Contains("Follow-up done.", response.Headers.GetValues("HX-Trigger").Single());
    }

    [Fact]
    public async Task Interviews_in_the_next_seven_days_show_in_local_time_soonest_first()
    {
        var client = await app.SignedInAsync();
        var profile = await client.GetDocumentAsync("/profile");
        await client.SubmitAsync(profile.Form("#profile-form"), new() { ["Input.TimeZone"] = "America/New_York" });
        int soon = await AppliedJobAsync(client, "Soon Co"), next = await AppliedJobAsync(client, "Next Co"), far = await AppliedJobAsync(client, "Far Co");
        await InterviewAsync(client, next, "2026-11-30", "09:00");
        await InterviewAsync(client, soon, "2026-11-26", "16:15");
        await InterviewAsync(client, far, "2026-12-10", "09:00");

        var rows = (await client.GetDocumentAsync("/")).QuerySelectorAll("#agenda .interview-list li").ToList();
        Assert.Equal(["Soon Co", "Next Co"], rows.Select(r => r.QuerySelector("a")!.TextContent));
        Assert.Equal("26 Nov 2026, 16:15", rows[0].QuerySelector("time")!.TextContent);
        Assert.Equal("2026-11-26T21:15:00.0000000Z", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
    }
}
