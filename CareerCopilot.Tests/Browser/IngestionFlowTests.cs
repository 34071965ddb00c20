using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class IngestionFlowTests(BrowserFixture browser)
{
    /// <summary>Remote OK's answer: its legal notice first, then one job Greenhouse also carries (the same apply link) and one of its own.</summary>
    private const string RemoteOk = """
        [{"last_updated":1764000000,"legal":"API Terms of Service: credit Remote OK and link back."},
         {"slug":"backend-engineer-acme-9001","id":"9001","epoch":1764000000,"company":"Acme GmbH","position":"Backend Engineer (C#)",
          "tags":["c#","backend"],"description":"<p>Payment services in C# and .NET on PostgreSQL, with Docker and Kubernetes.</p>",
          "location":"Europe","salary_min":0,"salary_max":0,"url":"https://remoteok.com/remote-jobs/backend-engineer-acme-9001",
          "apply_url":"https://boards.greenhouse.io/acme/jobs/5001?utm_source=remoteok"},
         {"slug":"data-engineer-initech-9002","id":"9002","epoch":1764000000,"company":"Initech","position":"Data Engineer",
          "tags":["python","sql"],"description":"<p>Pipelines in Python and SQL on Airflow.</p>","location":"Worldwide",
          "salary_min":90000,"salary_max":120000,"url":"https://remoteok.com/remote-jobs/data-engineer-initech-9002",
          "apply_url":"https://initech.example/careers/data-engineer"}]
        """;

    [Fact]
    public async Task A_person_adds_three_sources_runs_them_and_finds_new_scored_deduplicated_jobs_with_their_sources()
    {
        browser.App.Board.Serve("/v1/boards/acme/jobs", "greenhouse/acme.json");
        browser.App.Board.Serve("/v0/postings/leverdemo", "lever/postings.json");
        browser.App.Board.Text("/api", RemoteOk);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sources", Exact = true }).ClickAsync();
        var form = page.Locator("#source-form");
        foreach (var (board, label, key) in new[] { ("greenhouse", "Board token", "acme"), ("lever", "Site name", "leverdemo") })
        {
            await form.GetByLabel("Board", new() { Exact = true }).SelectOptionAsync(board);
            await form.GetByLabel(label).FillAsync(key);
            await form.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
            await SettledAsync(page);
        }
        await form.GetByLabel("Board", new() { Exact = true }).SelectOptionAsync("remoteok");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Expect(page.Locator("#source-list .source-item")).ToHaveCountAsync(3);
        await SettledAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();
        var panel = page.Locator("#run-panel");
        await Expect(panel).ToHaveAttributeAsync("data-status", new Regex("^(queued|running|succeeded)$"));
        await Expect(panel).ToHaveAttributeAsync("data-status", "succeeded", new() { Timeout = 30_000 });
        await Expect(panel.Locator("tr[data-board=greenhouse]")).ToContainTextAsync("Succeeded");
        // The job both boards carry is stored once: whichever board's reading came second counts it as a duplicate.
        var duplicates = 0;
        foreach (var board in new[] { "greenhouse", "lever", "remoteok" })
            duplicates += int.Parse(await panel.Locator($"tr[data-board={board}] td").Nth(2).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, duplicates);
        await SettledAsync(page);
        await ShotAsync(page, "sources-run-finished");

        await page.GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true }).ClickAsync();
        var rows = page.Locator("#job-list tbody tr");
        await Expect(rows.Filter(new() { HasText = "Data Engineer" })).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasText = "Backend Engineer (C#)" })).ToHaveCountAsync(1);
        await ShotAsync(page, "jobs-after-run");

        await rows.Filter(new() { HasText = "Backend Engineer (C#)" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator(".board-links")).ToContainTextAsync("Greenhouse");
        await Expect(page.Locator(".board-links")).ToContainTextAsync("Remote OK");
        await Expect(page.Locator("#job-fields")).ToContainTextAsync("Job board (Greenhouse: acme)");
        await ShotAsync(page, "job-seen-on-two-boards");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
