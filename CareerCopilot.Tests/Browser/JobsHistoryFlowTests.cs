using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class JobsHistoryFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Back_forward_and_reload_after_filtering_sorting_and_paging_each_show_the_whole_page()
    {
        var email = browser.App.NewEmail("history");
        var api = await browser.App.ApiAsync(email);
        // 24 applied jobs (two pages) and 3 not applied, added oldest first.
        for (var i = 1; i <= 27; i++)
        {
            var response = await api.PostAsJsonAsync("/api/v1/jobs", new { company = $"Company {i:00}", title = "Engineer", status = i <= 24 ? "applied" : "not_applied" });
            response.EnsureSuccessStatusCode();
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignInAsync(page, email);
        await page.GotoAsync("/jobs");
        var rows = page.Locator("#job-list tbody tr");
        await Expect(rows).ToHaveCountAsync(20);

        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("applied");
        await Expect(page).ToHaveURLAsync(new Regex("/jobs\\?status=applied$"));
        await Expect(rows.First).ToContainTextAsync("Company 24");

        await page.Locator("#job-list thead").GetByRole(AriaRole.Link, new() { Name = "Company" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/jobs\\?status=applied&sort=company$"));
        await Expect(rows.First).ToContainTextAsync("Company 01");

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/jobs\\?status=applied&sort=company&p=2$"));
        await Expect(rows).ToHaveCountAsync(4);
        await SettledAsync(page);

        await page.GoBackAsync();
        await ExpectWholePageAsync(page, "/jobs\\?status=applied&sort=company$", "applied", 20, "Company 01");
        await ShotAsync(page, "jobs-history-back");
        await page.GoBackAsync();
        await ExpectWholePageAsync(page, "/jobs\\?status=applied$", "applied", 20, "Company 24");
        await page.GoBackAsync();
        await ExpectWholePageAsync(page, "/jobs$", "", 20, "Company 27");

        await page.GoForwardAsync();
        await ExpectWholePageAsync(page, "/jobs\\?status=applied$", "applied", 20, "Company 24");
        await page.GoForwardAsync();
        await ExpectWholePageAsync(page, "/jobs\\?status=applied&sort=company$", "applied", 20, "Company 01");
        await page.GoForwardAsync();
        await ExpectWholePageAsync(page, "/jobs\\?status=applied&sort=company&p=2$", "applied", 4, "Company 21");

        await page.ReloadAsync();
        await ExpectWholePageAsync(page, "/jobs\\?status=applied&sort=company&p=2$", "applied", 4, "Company 21");

        // A typed search lands in the address bar, so a reload keeps it.
        await page.GetByLabel("Search").FillAsync("company 03");
        await Expect(page).ToHaveURLAsync(new Regex("/jobs\\?q=company(%20|\\+)03&status=applied&sort=company$"));
        await Expect(rows).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Search")).ToHaveValueAsync("company 03");
        await Expect(rows).ToHaveCountAsync(1);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task ExpectWholePageAsync(IPage page, string url, string status, int count, string first)
    {
        await Expect(page).ToHaveURLAsync(new Regex(url));
        await Expect(page.Locator("nav.app-nav")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Recommendations" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToHaveCountAsync(1);
        await Expect(page.Locator("#job-filters")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Status", new() { Exact = true })).ToHaveValueAsync(status);
        await Expect(page.Locator("#job-list tbody tr")).ToHaveCountAsync(count);
        await Expect(page.Locator("#job-list tbody tr").First).ToContainTextAsync(first);
        await SettledAsync(page);
    }
}
