using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class OnboardingFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_newcomer_goes_from_sign_up_to_a_first_scored_job_by_the_steps_alone()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        var clock = Stopwatch.StartNew();

        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(browser.App.NewEmail());
        await page.GetByLabel("Password").FillAsync(Infrastructure.AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        var steps = page.Locator("#onboarding [data-step]");
        await Expect(steps).ToHaveCountAsync(3);
        await ExpectTicksAsync(page, "false", "false", "false");
        await Expect(page.Locator("#figures .stat-value")).ToHaveCountAsync(0);
        await ShotAsync(page, "onboarding-1-new-account");

        // Step 1: skills and places, on the profile; the steps above the form tick when it is saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add skills and places" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/profile$"));
        var skills = page.GetByLabel("Skills: add one");
        await skills.FillAsync("C#");
        await skills.PressAsync("Enter");
        var places = page.GetByLabel("Preferred locations: add one");
        await places.FillAsync("Berlin");
        await places.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await ExpectTicksAsync(page, "true", "false", "false");

        // Step 2: a job, in the dialog, from the step itself.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a job" }).ClickAsync();
        var dialog = page.Locator("#app-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await SettledAsync(page);
        await dialog.GetByLabel("Company").FillAsync("Contoso");
        await dialog.GetByLabel("Job title").FillAsync("Backend Engineer");
        await dialog.GetByLabel("Location").FillAsync("Berlin, Germany");
        await dialog.GetByLabel("Tech stack").FillAsync("C#, Kubernetes");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add job" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await ExpectTicksAsync(page, "true", "true", "true");
        await Expect(page.Locator("#onboarding h2")).ToHaveTextAsync("You are set up");
        await ShotAsync(page, "onboarding-2-steps-done");

        // Step 3: the first match, scored and explained: 1 of 2 skills (25) + Berlin (30) + level unknown (10).
        await page.GetByRole(AriaRole.Link, new() { Name = "See your first match" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/jobs/\d+$"));
        await Expect(page.Locator("#match-score")).ToHaveTextAsync("65");
        await ShotAsync(page, "onboarding-3-first-match");

        // Back on the dashboard the finished steps point to that match until a second job arrives.
        await page.GotoAsync("/");
        await ExpectTicksAsync(page, "true", "true", "true");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task ExpectTicksAsync(IPage page, params string[] done)
    {
        var steps = page.Locator("#onboarding [data-step]");
        for (var i = 0; i < done.Length; i++)
            await Expect(steps.Nth(i)).ToHaveAttributeAsync("data-done", done[i]);
    }
}
