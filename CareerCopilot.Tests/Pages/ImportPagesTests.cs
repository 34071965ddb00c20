using System.Net;
using AngleSharp.Html.Dom;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Tests.Infrastructure.Web.JobPages;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Pages;

/// <summary>The "Add by link" box on the jobs page and the alert-email page, through their real forms.</summary>
public sealed class ImportPagesTests(IngestionAppFactory app) : IClassFixture<IngestionAppFactory>
{
    private string Serve(string fixture)
    {
        var path = $"/jobs/{Guid.NewGuid():N}";
        app.Board.Text(path, PageFixtures.Html(fixture), "text/html; charset=utf-8");
        return app.Board.BaseUrl + path;
    }

    [Fact]
    public async Task Adding_by_link_without_htmx_redirects_to_the_new_job()
    {
        var browser = await app.SignedInAsync();
        var jobs = await browser.GetDocumentAsync("/jobs");
        var response = await browser.SubmitAsync(jobs.Form("form.add-by-link"), new() { ["link"] = Serve("microdata-nested.html") });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Mobile Engineer (Android)", details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Added Mobile Engineer (Android) at Prestige Worldwide.", details.Body!.TextContent);
    }

    [Fact]
    public async Task Adding_by_link_with_htmx_answers_beside_the_field_and_refreshes_the_list()
    {
        var browser = await app.SignedInAsync();
        var jobs = await browser.GetDocumentAsync("/jobs");
        var form = jobs.Form("form.add-by-link");
        var post = form.GetAttribute("hx-post")!;
        var url = Serve("jsonld-type-array.html");

        var added = await browser.HtmxPostAsync(post, jobs.AntiforgeryToken(), new() { ["link"] = url });
        var fragment = await HtmlClient.ParseAsync(added);
        Assert.Contains("Added iOS Developer at Pied Piper", fragment.Body!.TextContent);
        Assert.Contains("jobs-changed", string.Join(',', added.Headers.GetValues("HX-Trigger")));

        var again = await browser.HtmxPostAsync(post, jobs.AntiforgeryToken(), new() { ["link"] = url + "#top" });
        var duplicate = await HtmlClient.ParseAsync(again);
        var existing = fragment.QuerySelector("a")!.GetAttribute("href");
        Assert.Contains("Already in your list", duplicate.Body!.TextContent);
        Assert.Equal(existing, duplicate.QuerySelector("a")!.GetAttribute("href"));
        Assert.False(again.Headers.Contains("HX-Trigger"));

        var list = await browser.GetDocumentAsync("/jobs");
        Assert.Single(list.QuerySelectorAll("#job-list tbody tr"), r => r.TextContent.Contains("iOS Developer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refusal_shows_beside_the_field_with_and_without_htmx()
    {
        var browser = await app.SignedInAsync();
        var jobs = await browser.GetDocumentAsync("/jobs");
        var path = $"/jobs/{Guid.NewGuid():N}";
        app.Board.Text(path, "<html><body><p>Just a blog post.</p></body></html>", "text/html");

        var htmx = await HtmlClient.ParseAsync(await browser.HtmxPostAsync(jobs.Form("form.add-by-link").GetAttribute("hx-post")!, jobs.AntiforgeryToken(),
            new() { ["link"] = app.Board.BaseUrl + path }));
        Assert.Contains("No job could be read from that page", htmx.QuerySelector("[role=alert]")!.TextContent);

        var plain = await browser.SubmitAsync(jobs.Form("form.add-by-link"), new() { ["link"] = "ftp://example.test/job" });
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var page = await HtmlClient.ParseAsync(plain);
        Assert.Contains("Only http and https links are read", page.QuerySelector($"#{CareerCopilot.Web.Pages.Jobs.ImportModel.LinkResultId}")!.TextContent);
        Assert.Equal("ftp://example.test/job", ((IHtmlInputElement)page.QuerySelector("#import-link")!).Value);
    }

    [Fact]
    public async Task An_alert_email_lists_its_jobs_marks_those_already_listed_and_imports_nothing_yet()
    {
        var email = app.NewEmail();
        var browser = await app.SignedInAsync(email);
        var userId = await app.UserIdAsync(email);
        var listedId = await app.WithDbAsync(async db =>
        {
            var job = new Job { UserId = userId, Company = "Acme Corp", Title = "Senior Backend Engineer", Url = "https://www.linkedin.com/jobs/view/4012345678/?refId=abc",
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Jobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });

        var page = await UploadAsync(browser, await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Emails", "linkedin-alert.eml")));

        var picks = page.QuerySelectorAll(".email-pick").ToList();
        Assert.Equal(3, picks.Count);
        Assert.Contains("Already in your list", picks[0].TextContent);
        Assert.Equal($"/jobs/{listedId}", picks[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.True(((IHtmlInputElement)picks[0].QuerySelector("input[type=checkbox]")!).IsDisabled);
        Assert.True(((IHtmlInputElement)picks[1].QuerySelector("input[type=checkbox]")!).IsChecked);
        Assert.Contains("Backend Developer (Go) at Massive Dynamic", picks[1].TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.Jobs.CountAsync(j => j.UserId == userId)));
    }

    [Fact]
    public async Task Ticked_jobs_are_imported_and_an_unreadable_page_falls_back_to_the_emails_own_words()
    {
        var email = app.NewEmail();
        var browser = await app.SignedInAsync(email);
        var userId = await app.UserIdAsync(email);
        var readable = Serve("jsonld-basic.html");
        var gone = app.Board.BaseUrl + $"/jobs/{Guid.NewGuid():N}";
        app.Board.Text(new Uri(gone).AbsolutePath, "gone", "text/plain", 404);
        var skipped = Serve("jsonld-graph.html");
        var eml = $"From: alerts@example.test\r\nTo: me@example.test\r\nSubject: Jobs\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
                  $"Senior Backend Engineer at Acme Corp\r\n{readable}\r\n\r\nNight Baker - Crumbs Ltd\r\n{gone}\r\n\r\nML Engineer at Hooli\r\n{skipped}\r\n";

        var page = await UploadAsync(browser, System.Text.Encoding.UTF8.GetBytes(eml));
        var form = page.Form("form[action*=Selected]");
        var response = await browser.SubmitAsync(form, new() { ["Picks[2].Selected"] = "false" });
        var results = await HtmlClient.ParseAsync(response);

        var lines = results.QuerySelectorAll(".import-results li").Select(l => l.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("Added Senior Backend Engineer at Acme Corp", lines[0]);
        Assert.Contains("Added Night Baker at Crumbs Ltd from the email's own details", lines[1]);
        var jobs = await app.WithDbAsync(db => db.Jobs.Where(j => j.UserId == userId).OrderBy(j => j.Id).ToListAsync());
        Assert.Equal(["Senior Backend Engineer", "Night Baker"], jobs.Select(j => j.Title));
        Assert.All(jobs, j => Assert.Equal(JobSource.Url, j.Source));
        Assert.Equal("Berlin, Germany", jobs[0].Location);
        Assert.Equal(gone, jobs[1].Url);
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient browser, byte[] eml)
    {
        var import = await browser.GetDocumentAsync("/jobs/import");
        var form = import.Form("form[enctype='multipart/form-data']");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken" },
            { new ByteArrayContent(eml), "file", "alert.eml" },
        };
        var response = await browser.PostAsync(form.GetAttribute("action"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlClient.ParseAsync(response);
    }
}
