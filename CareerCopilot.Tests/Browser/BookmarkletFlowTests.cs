using Microsoft.AspNetCore.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerCopilot.Tests.Fakes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class BookmarkletFlowTests(BrowserFixture browser)
{
    private const string JobPage = """
        <!DOCTYPE html><html lang="en"><head><title>Backend Engineer at Contoso</title></head>
        <body><h1>Backend Engineer</h1><p>Contoso, Berlin. Build APIs in C#.</p></body></html>
        """;

    [Fact]
    public async Task A_person_makes_a_token_and_the_bookmarklet_and_the_bookmarklet_sends_a_page_from_another_site()
    {
        await using var board = await FakeJobBoard.StartAsync("127.0.0.2");
        board.Text("/jobs/42", JobPage, "text/html");
        // A site whose policy lets no request leave the page (as some job boards do).
        board.On("/strict/42", async http =>
        {
            http.Response.ContentType = "text/html";
            http.Response.Headers.ContentSecurityPolicy = "connect-src 'none'";
            await http.Response.WriteAsync(JobPage);
        });

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);
        await page.Locator(".app-nav a.settings-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/settings$"));

        // A token for a script: shown once, with a copy button.
        await page.GetByLabel("New token’s name").FillAsync("Laptop script");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a token" }).ClickAsync();
        var token = page.Locator("#new-token");
        await Expect(token).ToHaveValueAsync(new Regex("^ccp_[A-Za-z0-9_-]{43}$"));
        await Expect(page.Locator(".token-item")).ToHaveCountAsync(1);
        await SettledAsync(page);
        await page.Locator("[data-copy='#new-token']").ClickAsync();
        await Expect(page.Locator("[data-copy='#new-token']")).ToHaveTextAsync(new Regex("Copied|Press Ctrl\\+C"));
        await ShotAsync(page, "settings-token-made");

        // The bookmarklet, for a token of its own; clicking it here only says to drag it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my bookmarklet" }).ClickAsync();
        var bookmarklet = page.GetByRole(AriaRole.Link, new() { Name = "Save to Career Co-Pilot" });
        await Expect(bookmarklet).ToBeVisibleAsync();
        await Expect(page.Locator(".token-item")).ToHaveCountAsync(2);
        await SettledAsync(page);
        await bookmarklet.ClickAsync();
        await Expect(page.Locator("#bookmarklet-drag-hint")).ToBeVisibleAsync();
        await ShotAsync(page, "settings-bookmarklet");
        await page.SetViewportSizeAsync(360, 800);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 360 px");
        await ShotAsync(page, "settings-phone");
        await page.SetViewportSizeAsync(1280, 860);
        var href = await bookmarklet.GetAttributeAsync("href");
        Assert.StartsWith("javascript:", href, StringComparison.Ordinal);
        var code = Uri.UnescapeDataString(href!["javascript:".Length..]);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // On another site, the bookmarklet posts the page with its token; CORS lets it read the answer and say so.
        var site = await context.NewPageAsync();
        await site.GotoAsync(board.BaseUrl + "/jobs/42");
        var request = await site.RunAndWaitForRequestAsync(() => site.EvaluateAsync(code),
            r => r.Url.EndsWith("/api/v1/jobs/import", StringComparison.Ordinal) && r.Method == "POST");
        var sent = JsonDocument.Parse(request.PostData!).RootElement;
        Assert.Equal(board.BaseUrl + "/jobs/42", sent.GetProperty("url").GetString());
        Assert.Contains("<h1>Backend Engineer</h1>", sent.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Matches("^Bearer ccpb_", (await request.AllHeadersAsync())["authorization"]);
        var note = site.Locator("#ccp-bookmarklet");
        await Expect(note).ToContainTextAsync("Career Co-Pilot");
        await Expect(note).Not.ToContainTextAsync("Saving this page");
        await Expect(note).Not.ToContainTextAsync("does not let the bookmarklet");
        await ShotAsync(site, "bookmarklet-on-a-job-page");

        // A site whose policy refuses the request: Career Co-Pilot opens with the link in "Add by link".
        var strict = await context.NewPageAsync();
        await strict.GotoAsync(board.BaseUrl + "/strict/42");
        var opened = await strict.Context.RunAndWaitForPageAsync(() => strict.EvaluateAsync(code));
        await opened.WaitForLoadStateAsync();
        Assert.Equal($"{browser.BaseUrl}/jobs?url={Uri.EscapeDataString(board.BaseUrl + "/strict/42")}",
            opened.Url.Replace("localhost", "127.0.0.1").Replace("[::1]", "127.0.0.1"));
        await Expect(opened.GetByLabel("Add by link")).ToHaveValueAsync(board.BaseUrl + "/strict/42");
        await Expect(strict.Locator("#ccp-bookmarklet")).ToContainTextAsync("does not let the bookmarklet send its page");
        await ShotAsync(strict, "bookmarklet-refused-by-the-site");
    }
}
