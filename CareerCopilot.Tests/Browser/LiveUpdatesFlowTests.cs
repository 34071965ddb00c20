using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CareerCopilot.Tests.Realtime;
using Microsoft.Playwright;
using static CareerCopilot.Tests.Api.ApiAssert;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class LiveUpdatesFlowTests(BrowserFixture browser)
{
    /// <summary>One account, used by a script through the API and by a person in the browser at the same time.</summary>
    private async Task<(HttpClient Api, IPage Page, List<string> Problems, IBrowserContext Context)> TwoClientsAsync()
    {
        var email = browser.App.NewEmail();
        var api = await browser.App.ApiAsync(email);
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new
        {
            skills = new[] { "C#", "PostgreSQL", "Docker" }, preferred_locations = new[] { "Remote" }, experience_level = "senior",
        }));
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignInAsync(page, email);
        return (api, page, problems, context);
    }

    private static async Task StreamOpenAsync(IPage page) =>
        await Expect(page.Locator("#live-events")).ToHaveAttributeAsync("data-live", "open");

    [Fact]
    public async Task A_job_added_by_a_script_appears_in_the_open_jobs_page_and_a_strong_match_pops_up_a_toast_linking_to_it()
    {
        var (api, page, problems, context) = await TwoClientsAsync();
        await using var _ = context;
        await page.GotoAsync("/jobs");
        await Expect(page.Locator("#job-list")).ToBeVisibleAsync();
        await StreamOpenAsync(page);

        await CreateJobAsync(api, new { company = "Northwind Traders", title = "Support Engineer" });
        await Expect(page.Locator("#job-list")).ToContainTextAsync("Northwind Traders");

        var imported = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/jobs/import",
            new { url = "https://jobs.example.test/contoso/42", html = MatchAlertWorkerTests.Strong }), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var toast = page.Locator(".match-toast");
        await Expect(toast).ToBeVisibleAsync();
        await Expect(toast).ToContainTextAsync("Senior Backend Engineer");
        await Expect(toast).ToContainTextAsync("Contoso");
        await Expect(toast.Locator(".score-badge")).ToHaveTextAsync(new Regex(@"^(8\d|9\d|100)\b"));
        await Expect(page.Locator("#job-list")).ToContainTextAsync("Senior Backend Engineer");
        await ShotAsync(page, "live-1-match-toast");

        await toast.GetByRole(AriaRole.Link, new() { Name = "Senior Backend Engineer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/jobs/{imported}$"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_change_that_arrives_while_a_dialog_is_open_waits_until_it_closes()
    {
        var (api, page, problems, context) = await TwoClientsAsync();
        await using var _ = context;
        await page.GotoAsync("/jobs");
        await StreamOpenAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Add job" }).First.ClickAsync();
        var dialog = page.Locator("#app-dialog");
        await Expect(dialog).ToBeVisibleAsync();

        await CreateJobAsync(api, new { company = "Adventure Works", title = "Data Engineer" });
        await page.WaitForTimeoutAsync(2500);
        await Expect(page.Locator("#job-list")).Not.ToContainTextAsync("Adventure Works");
        await Expect(dialog).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator("#job-list")).ToContainTextAsync("Adventure Works");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_move_made_by_a_script_redraws_the_open_board()
    {
        var (api, page, problems, context) = await TwoClientsAsync();
        await using var _ = context;
        var jobId = await CreateJobAsync(api, new { company = "Wide World Importers", title = "QA Engineer" });
        await page.GotoAsync("/applications");
        await Expect(page.Locator("#board")).ToContainTextAsync("Wide World Importers");
        await StreamOpenAsync(page);

        await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = jobId }), HttpStatusCode.Created);

        await Expect(page.Locator("#board .board-column[data-status='applied']")).ToContainTextAsync("Wide World Importers");
        await Expect(page.Locator("#board .board-column[data-status='not_applied']")).Not.ToContainTextAsync("Wide World Importers");
        await ShotAsync(page, "live-2-board");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
