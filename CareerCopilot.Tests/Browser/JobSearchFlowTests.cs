using System.Text.RegularExpressions;
using CareerCopilot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class JobSearchFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_signs_up_fills_the_profile_tracks_a_job_and_moves_it_to_interview()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);

        // Sign up
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Your name").FillAsync("Ana Diaz");
        await page.GetByLabel("Email").FillAsync(browser.App.NewEmail("ana"));
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Add skills and places" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/profile$"));

        // Profile: skills as tags, the browser's time zone offered, saved over htmx
        var skills = page.GetByLabel("Skills: add one");
        await skills.FillAsync("C#");
        await skills.PressAsync("Enter");
        await skills.FillAsync("PostgreSQL");
        await skills.PressAsync(",");
        await Expect(page.Locator(".tag")).ToHaveCountAsync(2);
        var locations = page.GetByLabel("Preferred locations: add one");
        await locations.FillAsync("Berlin");
        await locations.PressAsync("Enter");
        await locations.FillAsync("Remote");
        await locations.PressAsync("Enter");
        await page.GetByLabel("Experience level").SelectOptionAsync("senior");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this device’s zone (Europe/Berlin)" }).ClickAsync();
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Berlin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-form .alert-success")).ToHaveTextAsync("Profile saved.");
        await Expect(page.Locator("#profile-form .tag")).ToHaveTextAsync(["C#×", "PostgreSQL×", "Berlin×", "Remote×"]);
        await page.ReloadAsync();
        await Expect(page.Locator("#Input_Skills")).ToHaveValueAsync("C#, PostgreSQL");

        // Add two jobs in the dialog
        await page.GotoAsync("/jobs");
        await Expect(page.GetByText("No jobs yet")).ToBeVisibleAsync();
        await AddJobAsync(page, "Contoso", "Senior Backend Engineer", "C#, Azure");
        await AddJobAsync(page, "Fabrikam", "Platform Engineer", "Go, Kubernetes");
        await Expect(page.Locator("#job-list tbody tr")).ToHaveCountAsync(2);

        // Search narrows the table in place
        await SearchAsync(page, "kubern");
        await Expect(page.Locator("#job-list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#job-list tbody tr").First).ToContainTextAsync("Fabrikam");
        await SearchAsync(page, "");
        await Expect(page.Locator("#job-list tbody tr")).ToHaveCountAsync(2);

        // Inline status change
        var fabrikam = page.Locator("#job-list tbody tr", new() { HasText = "Fabrikam" });
        await page.RunAndWaitForResponseAsync(() => fabrikam.GetByRole(AriaRole.Combobox).SelectOptionAsync("rejected"),
            response => response.Url.Contains("handler=Status"));
        // The row comes back from the server with the new status's colour.
        await Expect(page.Locator("#job-list tbody tr", new() { HasText = "Fabrikam" }).Locator("select.status-rejected")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("#job-list tbody tr", new() { HasText = "Fabrikam" }).GetByRole(AriaRole.Combobox)).ToHaveValueAsync("rejected");

        // Track an application from the job page
        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Senior Backend Engineer");
        var jobUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Track application" }).ClickAsync();
        await Expect(page.Locator("#application-card .timeline-item")).ToHaveCountAsync(1);
        await Expect(page.Locator("#job-fields .status-badge")).ToHaveTextAsync("Applied");

        // Drag its card to Interview on the board
        await page.GotoAsync("/applications");
        var card = page.Locator(".board-card", new() { HasText = "Contoso" });
        await Expect(card).ToBeVisibleAsync();
        await card.DragToAsync(page.Locator(".board-column[data-status=interview]"));
        await Expect(page.Locator(".board-column[data-status=interview] .board-card", new() { HasText = "Contoso" })).ToBeVisibleAsync();
        await Expect(page.Locator(".board-column[data-status=applied] .board-card", new() { HasText = "Contoso" })).ToHaveCountAsync(0);

        // And by its menu: Fabrikam (rejected) is reopened to interview
        await SettledAsync(page);
        await page.RunAndWaitForResponseAsync(() => page.GetByLabel("Move Fabrikam to").SelectOptionAsync("interview"),
            response => response.Url.Contains("handler=Move"));
        await Expect(page.Locator(".board-column[data-status=interview] .board-card")).ToHaveCountAsync(2);

        // The job page's timeline tells the story
        await page.GotoAsync(jobUrl);
        await Expect(page.Locator("#application-card .timeline-item .status-badge")).ToHaveTextAsync(["Interview", "Applied"]);
        await Expect(page.Locator("#job-fields .status-badge")).ToHaveTextAsync("Interview");

        // An edit in the dialog refreshes both the fields and the application card
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        var dialog = page.Locator("#app-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await SettledAsync(page);
        await dialog.GetByLabel("Status").SelectOptionAsync("offer");
        await dialog.GetByLabel("Salary from").FillAsync("80000");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator("#application-card .timeline-item .status-badge")).ToHaveTextAsync(["Offer", "Interview", "Applied"]);
        await Expect(page.Locator("#job-fields .job-facts")).ToContainTextAsync("80,000");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_dialog_shows_server_validation_without_closing()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        var problems = WatchConsole(page);
        await page.GotoAsync("/jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Add job" }).ClickAsync();
        var dialog = page.Locator("#app-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await SettledAsync(page);
        await dialog.GetByLabel("Company").FillAsync("   ");
        await dialog.GetByLabel("Job title").FillAsync("Engineer");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add job" }).ClickAsync();
        await Expect(dialog.Locator("[data-valmsg-for='Input.Company']")).ToHaveTextAsync("Company is required.");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Discard changes" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_main_page_is_screenshotted_at_desktop_and_phone_width()
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        var started = DateTime.UtcNow.AddSeconds(-1);
        // The two widths are two people at once: each signs up and fills their own account.
        var shots = (await Task.WhenAll(ShootEveryPageAsync("desktop", 1280, 860), ShootEveryPageAsync("phone", 390, 844)))
            .SelectMany(s => s).ToList();

        Assert.Equal(Pages.SelectMany(p => new[] { $"{p}-desktop", $"{p}-phone" }).Order(), shots.Select(Path.GetFileNameWithoutExtension).Order());
        foreach (var shot in shots)
        {
            var file = new FileInfo(shot);
            Assert.True(file.Exists && file.LastWriteTimeUtc >= started, $"{shot} was not written by this run");
            using var png = file.OpenRead();
            var signature = new byte[8];
            png.ReadExactly(signature);
            Assert.Equal(PngSignature, signature);
            Assert.True(file.Length > 5_000, $"{shot} is {file.Length} bytes: an empty page?");
        }
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly string[] Pages = ["login", "home", "jobs", "recommendations", "skills", "board", "profile", "job", "add-job"];

    private async Task<List<string>> ShootEveryPageAsync(string name, int width, int height)
    {
        await using var context = await browser.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        var shots = new List<string>();
        await page.GotoAsync("/account/login");
        shots.Add(await ShotAsync(page, $"login-{name}"));
        await SignUpAsync(page, browser.App);
        await AddJobAsync(page, "Contoso", "Senior Backend Engineer", "C#, PostgreSQL, Azure");
        await AddJobAsync(page, "Northwind Traders", "Software Engineer, Payments", "Java, Kafka");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Track application" }).ClickAsync();
        await Expect(page.Locator("#application-card .timeline-item")).ToHaveCountAsync(1);

        foreach (var (path, shot) in new[] { ("/", "home"), ("/jobs", "jobs"), ("/recommendations", "recommendations"), ("/skills", "skills"), ("/applications", "board"), ("/profile", "profile") })
        {
            await page.GotoAsync(path);
            shots.Add(await ShotAsync(page, $"{shot}-{name}"));
        }
        await page.GotoAsync("/jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        shots.Add(await ShotAsync(page, $"job-{name}"));
        await page.GotoAsync("/jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Add job" }).ClickAsync();
        await Expect(page.Locator("#app-dialog")).ToBeVisibleAsync();
        shots.Add(await ShotAsync(page, $"add-job-{name}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return shots;
    }
}
