using CareerCopilot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

/// <summary>
/// A tour of every main page with something on it: the two anonymous pages, then a new account with a profile,
/// two jobs and an application, and each page a signed-in person sees (the add-job dialog counts as one).
/// </summary>
public static class MainPages
{
    public static readonly string[] Names =
        ["login", "register", "dashboard", "jobs", "job", "add-job", "recommendations", "skill-gap", "board", "profile", "notifications", "sources", "resumes", "resume"];

    /// <summary>Opens each main page in turn and calls <paramref name="check"/> with its name once it has settled.</summary>
    public static async Task VisitEachAsync(IPage page, AppFactory app, Func<string, Task> check)
    {
        await page.GotoAsync("/account/login");
        await check("login");
        await page.GotoAsync("/account/register");
        await check("register");

        await SignUpAsync(page, app);
        var skills = page.GetByLabel("Skills: add one");
        await skills.FillAsync("C#");
        await skills.PressAsync("Enter");
        await page.GetByLabel("Preferred locations: add one").FillAsync("Berlin");
        await page.GetByLabel("Preferred locations: add one").PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-form .alert-success")).ToBeVisibleAsync();
        await AddJobAsync(page, "Contoso", "Senior Backend Engineer", "C#, PostgreSQL, Azure");
        await AddJobAsync(page, "Northwind Traders", "Software Engineer, Payments", "Java, Kafka, Kubernetes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Track application" }).ClickAsync();
        await Expect(page.Locator("#application-card .timeline-item")).ToHaveCountAsync(1);

        await GoAsync(page, "/");
        await check("dashboard");
        await GoAsync(page, "/jobs");
        await check("jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Senior Backend Engineer");
        await SettledAsync(page);
        await check("job");
        await GoAsync(page, "/jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Add job" }).First.ClickAsync();
        await Expect(page.Locator("#app-dialog")).ToBeVisibleAsync();
        await SettledAsync(page);
        await check("add-job");
        await GoAsync(page, "/recommendations");
        await check("recommendations");
        await GoAsync(page, "/skills");
        await check("skill-gap");
        await GoAsync(page, "/applications");
        await check("board");
        await GoAsync(page, "/profile");
        await check("profile");
        await GoAsync(page, "/settings/notifications");
        await check("notifications");
        await GoAsync(page, "/sources");
        await page.GetByLabel("Board token").FillAsync("contoso");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Expect(page.Locator("#source-list .source-item")).ToHaveCountAsync(1);
        await SettledAsync(page);
        await check("sources");
        await GoAsync(page, "/resumes");
        await page.GetByLabel("Resume file").SetInputFilesAsync(new FilePayload
        {
            Name = "ana-diaz.pdf", MimeType = "application/pdf", Buffer = Fakes.ResumeFiles.Pdf(ResumeFlowTests.AnaLines),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page.Locator("#resume-list .resume-status")).ToHaveTextAsync("Read", new() { Timeout = 15_000 });
        await SettledAsync(page);
        await check("resumes");
        await page.Locator("#resume-list .resume-row h3 a").ClickAsync();
        await Expect(page.Locator(".suggestion").First).ToBeVisibleAsync();
        await SettledAsync(page);
        await check("resume");
    }

    private static async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await SettledAsync(page);
    }
}
