using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class JobsBulkBarTests(BrowserFixture browser)
{
    private async Task<string> AccountWithJobsAsync(params string[] companies)
    {
        var email = browser.App.NewEmail("bulk");
        var api = await browser.App.ApiAsync(email);
        foreach (var company in companies)
            (await api.PostAsJsonAsync("/api/v1/jobs", new { company, title = "Engineer", location = "Berlin", salary_min = 60000 })).EnsureSuccessStatusCode();
        return email;
    }

    [Fact]
    public async Task The_bulk_bar_appears_with_a_selection_moves_the_selected_jobs_and_deletes_after_asking()
    {
        var email = await AccountWithJobsAsync("Alpha", "Bravo", "Charlie");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignInAsync(page, email);
        await page.GotoAsync("/jobs");

        var bar = page.Locator("#jobs-bulk");
        await Expect(bar).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Alpha – Engineer" }).CheckAsync();
        await Expect(bar).ToBeVisibleAsync();
        await Expect(bar).ToContainTextAsync("1 job selected:");
        var all = page.GetByRole(AriaRole.Checkbox, new() { Name = "Select every job on this page" });
        await all.CheckAsync();
        await Expect(bar).ToContainTextAsync("3 jobs selected:");
        await all.UncheckAsync();
        await Expect(bar).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Alpha – Engineer" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Bravo – Engineer" }).CheckAsync();
        await ShotAsync(page, "jobs-bulk-bar");
        await bar.GetByLabel("New status for the selected jobs").SelectOptionAsync("interview");
        await bar.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Expect(page.Locator(".toast-area")).ToContainTextAsync("Moved 2 jobs to interview. 2 jobs now on your board.");
        await Expect(page.Locator("#job-list tbody tr", new() { HasText = "Alpha" }).GetByRole(AriaRole.Combobox)).ToHaveValueAsync("interview");
        await Expect(page.Locator("#job-list tbody tr", new() { HasText = "Charlie" }).GetByRole(AriaRole.Combobox)).ToHaveValueAsync("not_applied");
        await Expect(bar).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Charlie – Engineer" }).CheckAsync();
        await bar.GetByRole(AriaRole.Button, new() { Name = "Delete…" }).ClickAsync();
        var question = page.Locator("#jobs-bulk-confirm");
        await Expect(question).ToContainTextAsync("Delete this job?");
        await Expect(question).ToContainTextAsync("Charlie – Engineer");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Delete 1 job" })).ToBeFocusedAsync();
        await ShotAsync(page, "jobs-bulk-confirm");
        await question.GetByRole(AriaRole.Button, new() { Name = "Delete 1 job" }).ClickAsync();
        await Expect(page.Locator(".toast-area")).ToContainTextAsync("Deleted 1 job.");
        await Expect(page.Locator("#job-list tbody tr")).ToHaveCountAsync(2);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Edit_and_delete_wait_in_a_row_menu_that_closes_with_escape()
    {
        var email = await AccountWithJobsAsync("Alpha", "Bravo");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignInAsync(page, email);
        await page.GotoAsync("/jobs");

        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete Alpha Engineer" });
        await Expect(delete).ToBeHiddenAsync();
        await page.GetByText("⋯").First.ClickAsync();
        await page.Locator("summary[aria-label='Actions for Bravo – Engineer']").ClickAsync();
        await page.Locator("summary[aria-label='Actions for Alpha – Engineer']").ClickAsync();
        await Expect(delete).ToBeVisibleAsync();
        await Expect(page.Locator("details.row-menu[open]")).ToHaveCountAsync(1);
        await ShotAsync(page, "jobs-row-menu");
        await page.Keyboard.PressAsync("Escape");
        await Expect(delete).ToBeHiddenAsync();

        await page.Locator("summary[aria-label='Actions for Alpha – Engineer']").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Alpha Engineer" }).ClickAsync();
        await Expect(page.Locator("#app-dialog")).ToBeVisibleAsync();
        await Expect(page.Locator("#app-dialog").GetByLabel("Company")).ToHaveValueAsync("Alpha");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task On_a_phone_the_rows_stay_cards_with_their_boxes_and_menus()
    {
        var email = await AccountWithJobsAsync("Alpha", "Bravo");
        await using var context = await browser.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await SignInAsync(page, email);
        await page.GotoAsync("/jobs");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Alpha – Engineer" }).CheckAsync();
        await Expect(page.Locator("#jobs-bulk")).ToBeVisibleAsync();
        await page.Locator("summary[aria-label='Actions for Bravo – Engineer']").ClickAsync();
        await ShotAsync(page, "jobs-bulk-phone");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }
}
