using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

/// <summary>
/// A follow-up and an interview set on the job page reach the dashboard (and "Done" clears the follow-up there), and the
/// calendar address is made, copied to the clipboard and revoked on its settings page. Each page is checked with axe.
/// </summary>
[Collection("browser")]
public sealed class FollowUpCalendarFlowTests(BrowserFixture browser)
{
    private static async Task NothingSeriousAsync(IPage page, string name)
    {
        await page.EvaluateAsync(Axe.Source);
        var violations = (await page.EvaluateAsync<JsonElement>(Axe.RunSerious)).EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"axe-core on {name}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Follow_up_and_interview_reach_the_dashboard_and_the_calendar_address_is_copied_and_revoked()
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await using var context = await browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        var problems = WatchConsole(page);
        await page.GotoAsync("/jobs");
        await AddJobAsync(page, "Contoso", "Senior Backend Engineer", "C#, Azure");

        // The job page: track it, then a follow-up today and an interview tomorrow afternoon (the test clock: 26 Nov 2026)
        await page.GotoAsync("/jobs");
        await page.Locator("#job-list").GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Track application" }).ClickAsync();
        await Expect(page.Locator("#application-card .timeline-item")).ToHaveCountAsync(1);
        await SettledAsync(page);
        var card = page.Locator("#application-card");
        await card.GetByLabel("Follow up on").FillAsync("2026-11-26");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save follow-up" }).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Clear follow-up of 26 Nov 2026" })).ToBeVisibleAsync();
        await SettledAsync(page);
        await card.GetByLabel("Interview date").FillAsync("2026-11-27");
        await card.GetByLabel("Interview time").FillAsync("14:30");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save interview" }).ClickAsync();
        await Expect(page.Locator("#application-card .interview-when")).ToContainTextAsync("27 Nov 2026, 14:30");
        await SettledAsync(page);
        await NothingSeriousAsync(page, "job page");
        await ShotAsync(page, "followup-job-page");
        await card.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "followup-application-card.png") });

        // The dashboard: the follow-up due today, the interview tomorrow; Done clears the follow-up in place
        await page.GotoAsync("/");
        var followUps = page.Locator("#agenda .follow-up-list li");
        await Expect(followUps).ToHaveCountAsync(1);
        await Expect(followUps.First).ToContainTextAsync("Contoso");
        await Expect(page.Locator("#agenda .interview-list time")).ToHaveTextAsync("27 Nov 2026, 14:30");
        await NothingSeriousAsync(page, "dashboard");
        await ShotAsync(page, "followup-dashboard");
        var done = page.Locator("#agenda .follow-up-done");
        await Expect(done).ToHaveAccessibleNameAsync("Done – followed up with Contoso");
        await done.ClickAsync();
        await Expect(page.Locator("#agenda .follow-up-list")).ToHaveCountAsync(0);
        await Expect(page.Locator("#agenda .agenda-empty").First).ToContainTextAsync("Nothing to chase today");
        await SettledAsync(page);

        // The calendar feed: linked from Settings, made by a button, copied to the clipboard, then revoked after a confirmation
        await page.GotoAsync("/settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up the calendar feed" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my calendar address" }).ClickAsync();
        var address = page.GetByLabel("Address", new() { Exact = true });
        await Expect(address).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"/api/v1/calendar/[A-Za-z0-9_-]{43}\.ics$"));
        await SettledAsync(page);
        var url = await address.InputValueAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(url, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await NothingSeriousAsync(page, "calendar settings");
        await ShotAsync(page, "calendar-settings");

        var feed = await page.APIRequest.GetAsync(url);
        Assert.Equal(200, feed.Status);
        Assert.Contains("SUMMARY:Interview: Senior Backend Engineer at Contoso", await feed.TextAsync());

        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.AcceptAsync(); };
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Make my calendar address" })).ToBeVisibleAsync();
        Assert.StartsWith("Revoke the calendar address?", asked);
        Assert.Equal(404, (await page.APIRequest.GetAsync(url)).Status);
        Assert.Empty(problems);
    }
}
