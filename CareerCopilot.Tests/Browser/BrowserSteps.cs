using System.Text.RegularExpressions;
using CareerCopilot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCopilot.Tests.Browser;

/// <summary>Steps the browser tests share: signing up, adding a job, waiting for htmx, screenshots, console watching.</summary>
public static class BrowserSteps
{
    public static async Task SignUpAsync(IPage page, AppFactory app)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(app.NewEmail());
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // A new account lands on its first steps; the tests that sign up start from the profile.
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GotoAsync("/profile");
    }

    /// <summary>Signs in an account made elsewhere (for instance through the API, with its jobs).</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
    }

    public static async Task AddJobAsync(IPage page, string company, string title, string stack)
    {
        if (!page.Url.EndsWith("/jobs", StringComparison.Ordinal)) await page.GotoAsync("/jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Add job" }).First.ClickAsync();
        var dialog = page.Locator("#app-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await SettledAsync(page);
        await dialog.GetByLabel("Company").FillAsync(company);
        await dialog.GetByLabel("Job title").FillAsync(title);
        await dialog.GetByLabel("Location").FillAsync("Berlin, Germany");
        await dialog.GetByLabel("Tech stack").FillAsync(stack);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add job" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator("#job-list")).ToContainTextAsync(company);
    }

    /// <summary>Types in the search box and waits for the debounced list request to come back.</summary>
    public static async Task SearchAsync(IPage page, string text)
    {
        await page.RunAndWaitForResponseAsync(() => page.GetByLabel("Search").FillAsync(text),
            response => response.Url.Contains("handler=List") && response.Url.Contains($"q={Uri.EscapeDataString(text)}&"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await SettledAsync(page);
    }

    /// <summary>
    /// htmx wires up swapped-in content in its settle step, a few milliseconds after the swap: a person is never that
    /// quick, a test is.
    /// </summary>
    public static Task SettledAsync(IPage page) =>
        Expect(page.Locator(".htmx-settling, .htmx-swapping, .htmx-request")).ToHaveCountAsync(0);

    /// <summary>Saves a full-page screenshot and returns its path.</summary>
    public static async Task<string> ShotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Console errors include CSP violations and failed requests: a clean page has none.</summary>
    public static List<string> WatchConsole(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }
}
