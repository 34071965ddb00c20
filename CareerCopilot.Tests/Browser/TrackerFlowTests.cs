using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class TrackerFlowTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 860, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_note_and_a_contact_go_on_the_job_page_and_the_board_starts_with_saved_jobs(int width, int height, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await using var context = await browser.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        var problems = WatchConsole(page);
        await page.GotoAsync("/jobs");
        await AddJobAsync(page, "Contoso", "Senior Backend Engineer", "C#, Azure");
        await AddJobAsync(page, "Fabrikam", "Platform Engineer", "Go, Kubernetes");

        // The job page: track it, note a call, add the recruiter
        await page.GotoAsync("/jobs");
        await page.Locator("#job-list").GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Track application" }).ClickAsync();
        await Expect(page.Locator("#application-card .timeline-item")).ToHaveCountAsync(1);
        await SettledAsync(page);

        var card = page.Locator("#application-card");
        await card.GetByLabel("Kind").SelectOptionAsync("call");
        await card.GetByLabel("What happened").FillAsync("Called Sam: second round next week");
        await card.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.Locator("#application-card .timeline-note .note-text")).ToHaveTextAsync("Called Sam: second round next week");
        await Expect(page.Locator("#application-card .timeline-note .note-kind")).ToHaveTextAsync("Call");
        await Expect(page.Locator("#application-card .timeline-item")).ToHaveCountAsync(2);
        await Expect(page.GetByLabel("What happened")).ToHaveValueAsync("");
        await SettledAsync(page);

        var contacts = page.Locator("#contacts-card");
        await contacts.GetByText("Add a contact").ClickAsync();
        await contacts.GetByLabel("Name *").FillAsync("Sam Lee");
        await contacts.GetByLabel("Role").Last.FillAsync("Recruiter");
        await contacts.GetByLabel("Email").Last.FillAsync("not-an-address");
        await contacts.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.Locator("#new-contact-email-error")).ToContainTextAsync("Email must be");
        await Expect(page.Locator("#new-contact-name")).ToHaveValueAsync("Sam Lee");
        await SettledAsync(page);
        await page.Locator("#new-contact-email").FillAsync("sam@example.test");
        await page.Locator("#contact-add-form").GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.Locator("#contacts-card .contact-name")).ToHaveTextAsync("Sam Lee");
        await Expect(page.Locator("#contacts-card a[href='mailto:sam@example.test']")).ToBeVisibleAsync();
        await ShotAsync(page, $"tracker-job-page-{name}");

        // The board: Saved first, with the job not applied to yet
        await page.GotoAsync("/applications");
        var saved = page.Locator(".board-column[data-status=not_applied]");
        await Expect(saved.Locator(".board-column-title")).ToContainTextAsync("Saved");
        await Expect(saved.Locator(".board-card")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("Fabrikam")]);
        await Expect(page.Locator(".board-column[data-status=applied] .board-card")).ToContainTextAsync("Contoso");
        await Expect(page.Locator(".board-column").First).ToHaveAttributeAsync("data-status", "not_applied");
        await ShotAsync(page, $"tracker-board-{name}");

        // "I applied" starts its application
        await saved.GetByRole(AriaRole.Button, new() { Name = "I applied to Fabrikam – Platform Engineer" }).ClickAsync();
        await Expect(page.Locator(".board-column[data-status=applied] .board-card")).ToHaveCountAsync(2);
        await Expect(saved.Locator(".board-card")).ToHaveCountAsync(0);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
