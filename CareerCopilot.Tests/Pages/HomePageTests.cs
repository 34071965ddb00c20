using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

public sealed class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_dashboard_counts_the_pipeline_and_refreshes_its_parts_after_a_change()
    {
        var client = await app.SignedInAsync();
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("jobs-changed from:body", home.QuerySelector("#figures")?.GetAttribute("hx-trigger"));
        Assert.Contains("application-changed from:body", home.QuerySelector("#activity")?.GetAttribute("hx-trigger"));

        var form = await client.GetDocumentAsync("/jobs/edit");
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Status"] = "interview" });
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Fabrikam", ["Input.Title"] = "Developer", ["Input.TechStack"] = "C#" });

        var figures = await client.HtmxGetAsync("/?handler=Figures");
        Assert.Contains("HX-Request", figures.Headers.Vary);
        var part = await HtmlClient.ParseFragmentAsync(await figures.Content.ReadAsStringAsync());
        Assert.Equal(["2", "1", "1", "0", "100%"], part.QuerySelectorAll(".stat-value").Select(s => s.TextContent));
        Assert.Contains("1 of 1 heard back", part.QuerySelector("[data-stat=response-rate] + .stat-label")?.TextContent);
        Assert.Equal("1", part.QuerySelector("[data-status=interview]")?.TextContent);
        Assert.Equal(["1", "1", "0", "0"], part.QuerySelectorAll(".funnel-table tbody tr td:nth-child(2)").Select(td => td.TextContent));
        Assert.Equal("1", part.QuerySelector("[data-stat=this-week]")?.TextContent);
        Assert.Equal(3, part.QuerySelectorAll("canvas[data-chart]").Length);

        var activity = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/?handler=Activity")).Content.ReadAsStringAsync());
        Assert.Contains("Contoso", activity.QuerySelector(".recent-list")?.TextContent);
        Assert.Contains("moved to", activity.QuerySelector(".recent-list")?.TextContent);
        Assert.Equal(["Developer"], activity.QuerySelectorAll(".top-matches a").Select(a => a.TextContent));

        var plain = await client.GetAsync("/?handler=Figures");
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
    }

    [Fact]
    public async Task The_offers_tile_says_it_counts_accepted_offers_which_the_status_list_shows_apart()
    {
        var client = await app.SignedInAsync();
        var form = await client.GetDocumentAsync("/jobs/edit");
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Status"] = "offer" });
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Fabrikam", ["Input.Title"] = "Developer", ["Input.Status"] = "offer" });
        var jobs = await client.GetDocumentAsync("/jobs?q=fabrikam");
        await client.SubmitAsync(jobs.Form("#job-list .status-form"), new() { ["status"] = "accepted" });

        var part = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/?handler=Figures")).Content.ReadAsStringAsync());

        Assert.Equal("2", part.QuerySelector("[data-stat=offers]")?.TextContent);
        Assert.Contains("accepted ones included", part.QuerySelector("[data-stat=offers] + .stat-label")?.TextContent);
        Assert.Equal(("1", "1"), (part.QuerySelector("[data-status=offer]")?.TextContent, part.QuerySelector("[data-status=accepted]")?.TextContent));
    }

    [Fact]
    public async Task An_empty_dashboard_says_what_to_do_instead_of_showing_zeros()
    {
        var client = await app.SignedInAsync();
        var home = await client.GetDocumentAsync("/");

        Assert.Empty(home.QuerySelectorAll("#figures .stat-value"));
        Assert.Empty(home.QuerySelectorAll("#figures canvas"));
        Assert.Contains("first job", home.QuerySelector("#figures .figures-empty")?.TextContent);
        Assert.Equal("0", home.QuerySelector("#onboarding")?.GetAttribute("data-steps-done"));
        Assert.Equal("/profile", home.QuerySelector("#onboarding [data-step=skills] a")?.GetAttribute("href"));
        Assert.Equal("/jobs/edit", home.QuerySelector("#onboarding [data-step=job] a")?.GetAttribute("href"));

        var form = await client.GetDocumentAsync("/jobs/edit");
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer" });
        var figures = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/?handler=Figures")).Content.ReadAsStringAsync());
        Assert.Equal("—", figures.QuerySelector("[data-stat=response-rate]")?.TextContent);
        Assert.Contains("no applications yet", figures.QuerySelector("[data-stat=response-rate] + .stat-label")?.TextContent);
        Assert.Single(figures.QuerySelectorAll("canvas[data-chart]"));
        Assert.Equal(2, figures.QuerySelectorAll(".no-applications").Length);
    }

    [Fact]
    public async Task The_first_steps_tick_from_the_profile_and_the_jobs_and_leave_after_the_second_job()
    {
        var client = await app.SignedInAsync();
        var profile = await client.GetDocumentAsync("/profile");
        Assert.Equal("0", profile.QuerySelector("#onboarding")?.GetAttribute("data-steps-done"));
        await client.SubmitAsync(profile.Form("#profile-form"), new() { ["Input.Skills"] = "C#, SQL", ["Input.PreferredLocations"] = "Remote" });

        var steps = await OnboardingAsync(client);
        Assert.Equal(["true", "false", "false"], steps.QuerySelectorAll("[data-step]").Select(s => s.GetAttribute("data-done")));

        var form = await client.GetDocumentAsync("/jobs/edit");
        var added = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.TechStack"] = "C#", ["Input.Remote"] = "remote" });
        var jobUrl = added.Headers.Location!.OriginalString;

        steps = await OnboardingAsync(client);
        Assert.Equal(["true", "true", "true"], steps.QuerySelectorAll("[data-step]").Select(s => s.GetAttribute("data-done")));
        Assert.Equal(jobUrl, steps.QuerySelector("[data-step=match] a")?.GetAttribute("href"));
        Assert.Contains("You are set up", steps.QuerySelector("h2")?.TextContent);
        Assert.Null((await client.GetDocumentAsync("/profile")).QuerySelector("#onboarding"));

        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Fabrikam", ["Input.Title"] = "Developer" });
        var home = await client.GetDocumentAsync("/");
        Assert.True(home.QuerySelector("#onboarding")?.HasAttribute("hidden"));
        Assert.Null(home.QuerySelector("#onboarding h2"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> OnboardingAsync(HttpClient client)
    {
        var response = await client.HtmxGetAsync("/?handler=Onboarding");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
    }
}
