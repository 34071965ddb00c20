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
        Assert.Contains("Finish your profile", home.QuerySelector(".alert-info")?.TextContent);
        Assert.Equal(["0", "0", "0", "0", "0%"], home.QuerySelectorAll("#figures .stat-value").Select(s => s.TextContent));
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
}
