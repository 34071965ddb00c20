using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed partial class DateStyleTests(BrowserFixture browser)
{
    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]{2} \d{4}(, \d{2}:\d{2})?$")]
    private static partial Regex OneStyle();

    [Fact]
    public async Task Every_date_reads_in_one_style_in_the_profile_s_time_zone_whatever_the_browser_s()
    {
        // The browser is in Berlin (the fixture's zone); the profile says New York, and the pages follow the profile.
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        await page.GetByLabel("Time zone").FillAsync("America/New_York");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-form .alert-success")).ToBeVisibleAsync();
        await AddJobAsync(page, "Contoso", "Backend Engineer", "C#");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        var tracked = browser.App.Clock.GetUtcNow();
        await page.GetByRole(AriaRole.Button, new() { Name = "Track application" }).ClickAsync();
        await Expect(page.Locator("#application-card .timeline-item")).ToHaveCountAsync(1);
        await page.ReloadAsync();

        var newYork = TimeZoneInfo.ConvertTime(tracked, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        await Expect(page.Locator("#application-card .timeline-item time"))
            .ToHaveTextAsync(newYork.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#job-fields dd", new() { HasText = "updated" }))
            .ToContainTextAsync(newYork.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + " · updated");
        var shown = new List<string>();
        foreach (var path in new[] { page.Url, "/", "/jobs", "/applications" })
        {
            await page.GotoAsync(path);
            await SettledAsync(page);
            shown.AddRange(await page.Locator("time, .jobs-table td.added, .job-facts dd:has(time)").AllInnerTextsAsync());
        }
        var dates = shown.SelectMany(t => t.Split(" · updated ")).Select(t => t.Trim()).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Matches(OneStyle(), d));
    }

    [Fact]
    public async Task The_score_breakdown_shows_whole_points()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        var skills = page.GetByLabel("Skills: add one");
        await skills.FillAsync("C#");
        await skills.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-form .alert-success")).ToBeVisibleAsync();
        // One of four skills: 12.5 of 50 points.
        await AddJobAsync(page, "Contoso", "Backend Engineer", "C#, Go, Rust, Kafka");
        await page.GotoAsync("/recommendations");
        await Expect(page.Locator(".rec-card .match-why dt", new() { HasText = "Skills" }).Locator(".points")).ToHaveTextAsync("13 of 50");
    }

    [Fact]
    public async Task The_email_is_shown_whole_where_the_bar_has_room_and_never_pushes_it_wider()
    {
        await using var context = await browser.NewContextAsync(1440, 860);
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        var email = page.Locator(".user-email");
        await Expect(email).ToHaveTextAsync(new Regex("@example.test$"));
        Assert.True(await email.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "the email is cut short at 1440 px");

        // Narrower, the email gives way (shortened, whole in its title) rather than pushing Sign out past the edge.
        foreach (var width in new[] { 1280, 1024, 800 })
        {
            await page.SetViewportSizeAsync(width, 860);
            var fits = await page.Locator(".app-nav .container-xl").EvaluateAsync<bool>(
                "c => [...c.querySelectorAll('*')].every(e => e.getBoundingClientRect().right <= c.getBoundingClientRect().right + 0.5)");
            Assert.True(fits, $"the navigation bar overflows at {width} px");
        }
    }
}
