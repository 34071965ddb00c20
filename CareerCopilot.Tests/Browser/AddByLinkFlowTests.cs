using CareerCopilot.Tests.Infrastructure.Web.JobPages;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class AddByLinkFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_pastes_a_link_watches_it_being_read_and_sees_the_job_in_the_list_once()
    {
        var path = $"/jobs/{Guid.NewGuid():N}";
        var release = new TaskCompletionSource();
        browser.App.Board.On(path, async http =>
        {
            // The page arrives only when the test has seen the progress, as a slow site would.
            await release.Task.WaitAsync(TimeSpan.FromSeconds(10));
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(PageFixtures.Html("jsonld-basic.html"));
        });
        var url = browser.App.Board.BaseUrl + path;
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);
        await page.GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true }).ClickAsync();

        var box = page.Locator("form.add-by-link");
        await box.GetByLabel("Add by link").FillAsync(url);
        await box.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(box.GetByText("Fetching and reading the page…")).ToBeVisibleAsync();
        await Expect(box.GetByRole(AriaRole.Button, new() { Name = "Add" })).ToBeDisabledAsync();
        await ShotAsync(page, "add-by-link-reading");
        release.SetResult();

        await Expect(box.Locator("#import-link-result")).ToContainTextAsync("Added Senior Backend Engineer at Acme Corp");
        await Expect(box.GetByText("Fetching and reading the page…")).ToBeHiddenAsync();
        await Expect(page.Locator("#job-list tbody tr").Filter(new() { HasText = "Senior Backend Engineer" })).ToHaveCountAsync(1);
        await SettledAsync(page);
        await ShotAsync(page, "add-by-link-added");

        await box.GetByLabel("Add by link").FillAsync(url + "?utm_source=newsletter#apply");
        await box.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(box.Locator("#import-link-result")).ToContainTextAsync("Already in your list");
        await SettledAsync(page);
        await ShotAsync(page, "add-by-link-already-listed");
        await box.GetByRole(AriaRole.Link, new() { Name = "open the job" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Senior Backend Engineer");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
