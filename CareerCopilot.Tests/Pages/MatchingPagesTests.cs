using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Pages;

public sealed class MatchingPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A signed-in user with a profile and three open jobs, set up through the real forms.</summary>
    private async Task<HttpClient> UserWithJobsAsync()
    {
        var client = await app.SignedInAsync();
        var profile = await client.GetDocumentAsync("/profile");
        await client.SubmitAsync(profile.Form("#profile-form"), new()
        {
            ["Input.FullName"] = "Ana Diaz", ["Input.Skills"] = "c#, postgres", ["Input.PreferredLocations"] = "Berlin, Remote",
            ["Input.ExperienceLevel"] = "senior", ["Input.TimeZone"] = "UTC",
        });
        var form = await client.GetDocumentAsync("/jobs/edit");
        await client.SubmitAsync(form.Form("#job-form"), new()
        {
            ["Input.Company"] = "Contoso", ["Input.Title"] = "Backend Engineer", ["Input.Location"] = "Berlin, Germany",
            ["Input.ExperienceLevel"] = "senior", ["Input.TechStack"] = "C#, PostgreSQL, Kubernetes", ["Input.ApplyUrl"] = "https://contoso.example/apply",
        });
        await client.SubmitAsync(form.Form("#job-form"), new()
        {
            ["Input.Company"] = "Fabrikam", ["Input.Title"] = "Platform Engineer", ["Input.Location"] = "Munich",
            ["Input.TechStack"] = "Go, Kubernetes",
        });
        await client.SubmitAsync(form.Form("#job-form"), new()
        {
            ["Input.Company"] = "Tailspin", ["Input.Title"] = "Data Engineer", ["Input.Remote"] = "remote", ["Input.TechStack"] = "Python, golang",
        });
        return client;
    }

    [Fact]
    public async Task Recommendations_show_scored_cards_with_their_reasons()
    {
        var client = await UserWithJobsAsync();
        var page = await client.GetDocumentAsync("/recommendations");
        var cards = page.QuerySelectorAll(".rec-card").ToList();

        Assert.Equal(["Backend Engineer", "Data Engineer", "Platform Engineer"], cards.Select(c => c.QuerySelector("h2")!.TextContent));
        Assert.Equal(["83", "40", "10"], cards.Select(c => c.QuerySelector(".score-value")!.TextContent));
        Assert.Contains("score-strong", cards[0].QuerySelector(".score-ring")!.ClassList);
        Assert.Contains("score-weak", cards[2].QuerySelector(".score-ring")!.ClassList);
        var why = cards[0].QuerySelector(".match-why")!;
        Assert.Contains("You have 2 of the 3 skills it lists.", why.TextContent);
        Assert.Equal(["✓ C# (you have it)", "✓ PostgreSQL (you have it)"], why.QuerySelectorAll(".chip-have").Select(c => c.TextContent));
        Assert.Equal(["Kubernetes (you lack it)"], why.QuerySelectorAll(".chip-missing").Select(c => c.TextContent));
        Assert.Contains("Berlin, Germany is one of your preferred locations.", why.TextContent);
        Assert.Equal("https://contoso.example/apply", cards[0].QuerySelector("a[target=_blank]")?.GetAttribute("href"));
        Assert.Contains("noopener", cards[0].QuerySelector("a[target=_blank]")?.GetAttribute("rel"));
        Assert.Contains("It is remote, and you accept remote work.", cards[1].TextContent);
    }

    [Fact]
    public async Task Not_interested_hides_the_job_stores_feedback_and_can_be_undone_from_the_job_page()
    {
        var client = await UserWithJobsAsync();
        var page = await client.GetDocumentAsync("/recommendations");
        var card = page.QuerySelectorAll(".rec-card").Single(c => c.TextContent.Contains("Fabrikam"));
        var jobId = int.Parse(card.Id!["rec-".Length..], CultureInfo.InvariantCulture);

        var response = await client.HtmxPostAsync($"/recommendations?handler=NotInterested&id={jobId}", page.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("show-undo", string.Join(",", response.Headers.GetValues("HX-Trigger")));
        var list = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, list.QuerySelectorAll(".rec-card").Length);
        Assert.DoesNotContain(list.QuerySelectorAll(".rec-card"), c => c.TextContent.Contains("Fabrikam"));

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(await db.JobFeedback.AnyAsync(f => f.JobId == jobId && f.Kind == FeedbackKind.NotInterested));
        }

        var details = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Contains("not interested", details.QuerySelector("#match-card")!.TextContent);
        var undo = await client.HtmxPostAsync($"/jobs/{jobId}?handler=Interested", details.AntiforgeryToken());
        Assert.Contains("Not interested", (await HtmlClient.ParseFragmentAsync(await undo.Content.ReadAsStringAsync())).QuerySelector("#match-card button")!.TextContent);
        Assert.Contains("Fabrikam", (await client.GetDocumentAsync("/recommendations")).QuerySelector("#recommendations")!.TextContent);
    }

    [Fact]
    public async Task Track_starts_the_application_and_works_without_htmx_too()
    {
        var client = await UserWithJobsAsync();
        var page = await client.GetDocumentAsync("/recommendations");
        var form = page.QuerySelectorAll(".rec-card")[0].QuerySelectorAll("form")[0] as AngleSharp.Html.Dom.IHtmlFormElement;

        var response = await client.SubmitAsync(form!, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/recommendations");
        Assert.Equal(2, after.QuerySelectorAll(".rec-card").Length);
        Assert.Contains("Tracked as applied", after.QuerySelector(".alert-success")?.TextContent);
        Assert.Contains("Contoso", (await client.GetDocumentAsync("/applications")).QuerySelector("#board")!.TextContent);
    }

    [Fact]
    public async Task The_jobs_table_shows_and_sorts_by_score_and_the_job_page_explains_it()
    {
        var client = await UserWithJobsAsync();
        var best = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/jobs?handler=List&sort=score")).Content.ReadAsStringAsync());
        Assert.Equal(["83", "40", "10"], best.QuerySelectorAll(".score-cell .score-badge").Select(b => b.FirstChild!.TextContent));
        var worst = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/jobs?handler=List&sort=score_asc")).Content.ReadAsStringAsync());
        Assert.Equal(["10", "40", "83"], worst.QuerySelectorAll(".score-cell .score-badge").Select(b => b.FirstChild!.TextContent));
        Assert.Equal("descending", best.QuerySelector("th[aria-sort=descending] a")?.ParentElement?.GetAttribute("aria-sort"));

        var link = best.QuerySelector("tbody tr a")!.GetAttribute("href")!;
        var details = await client.GetDocumentAsync(link);
        Assert.Equal("83", details.QuerySelector("#match-score")?.TextContent);
        Assert.Contains("33 of 50", details.QuerySelector("#match-card .match-why")?.TextContent);
    }

    [Fact]
    public async Task I_have_this_adds_the_skill_and_the_gap_is_worked_out_again()
    {
        var client = await UserWithJobsAsync();
        var page = await client.GetDocumentAsync("/skills");
        Assert.Equal("40.0%", page.QuerySelector("#coverage")?.TextContent);
        Assert.Contains("you have 2 of them", page.QuerySelector("#coverage-explained")?.TextContent);
        var kubernetes = page.QuerySelector("tr[data-skill=Kubernetes]")!;
        Assert.Contains("2", kubernetes.QuerySelector("td")!.TextContent);
        Assert.Contains("2 jobs +21 points on average", kubernetes.QuerySelector(".impact")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("canvas[data-chart]").Length);

        var response = await client.HtmxPostAsync("/skills?handler=Have", page.AntiforgeryToken(), new() { ["skill"] = "k8s" });
        Assert.Contains("Kubernetes added to your skills.", string.Join(",", response.Headers.GetValues("HX-Trigger")));
        var report = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("60.0%", report.QuerySelector("#coverage")?.TextContent);
        Assert.Null(report.QuerySelector("tr[data-skill=Kubernetes]"));
        Assert.Contains("Kubernetes", report.QuerySelectorAll(".chip-have").Select(c => c.TextContent));

        var profile = await client.GetDocumentAsync("/profile");
        Assert.Equal("C#, PostgreSQL, Kubernetes", profile.QuerySelector("#Input_Skills")?.GetAttribute("value"));
        var cards = (await client.GetDocumentAsync("/recommendations")).QuerySelectorAll(".rec-card .score-value").Select(s => s.TextContent);
        Assert.Equal(["100", "40", "35"], cards);
    }
}
