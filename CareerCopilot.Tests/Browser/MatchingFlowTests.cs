using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class MatchingFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task I_have_this_on_the_gap_page_raises_coverage_and_a_recommendations_score()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);
        var skills = page.GetByLabel("Skills: add one");
        await skills.FillAsync("C#");
        await skills.PressAsync("Enter");
        var locations = page.GetByLabel("Preferred locations: add one");
        await locations.FillAsync("Berlin");
        await locations.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-form .alert-success")).ToHaveTextAsync("Profile saved.");

        await AddJobAsync(page, "Contoso", "Backend Engineer", "C#, k8s");
        await AddJobAsync(page, "Fabrikam", "Platform Engineer", "Go, Kubernetes");

        // 1 of 2 skills (25) + Berlin (30) + level unknown (10)
        await page.GotoAsync("/recommendations");
        var contoso = page.Locator(".rec-card", new() { HasText = "Contoso" });
        await Expect(contoso.Locator(".score-value")).ToHaveTextAsync("65");
        await Expect(contoso.Locator(".chip-missing")).ToHaveTextAsync(["Kubernetes (you lack it)"]);

        // The market is C#, Kubernetes and Go; the user has one of the three.
        await page.GotoAsync("/skills");
        await Expect(page.Locator("#coverage")).ToHaveTextAsync("33.3%");
        await Expect(page.Locator("canvas[data-chart][data-enhanced]")).ToHaveCountAsync(2);
        await Expect(page.Locator("tr[data-skill=Kubernetes] .impact")).ToHaveTextAsync("2 jobs +25 points on average");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have this (Kubernetes)" }).ClickAsync();
        await Expect(page.Locator("#coverage")).ToHaveTextAsync("66.7%");
        await Expect(page.Locator("tr[data-skill=Kubernetes]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".toast-area")).ToContainTextAsync("Kubernetes added to your skills.");
        await Expect(page.Locator("canvas[data-chart][data-enhanced]")).ToHaveCountAsync(2);

        // 2 of 2 skills (50) + Berlin (30) + level unknown (10)
        await page.GotoAsync("/recommendations");
        await Expect(contoso.Locator(".score-value")).ToHaveTextAsync("90");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
