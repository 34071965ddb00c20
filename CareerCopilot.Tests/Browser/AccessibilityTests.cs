using System.Text.Json;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 860)]
    [InlineData(390, 844)]
    public async Task Axe_finds_nothing_serious_or_critical_on_any_main_page(int width, int height)
    {
        await using var context = await browser.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var found = new List<string>();
        var checkedPages = new List<string>();
        await MainPages.VisitEachAsync(page, browser.App, async name =>
        {
            // Playwright evaluates outside the page's CSP, so axe needs no inline script.
            await page.EvaluateAsync(Axe.Source);
            var violations = await page.EvaluateAsync<JsonElement>(Axe.RunSerious);
            foreach (var violation in violations.EnumerateArray())
                found.Add($"{name} at {width}px: {violation.GetString()}");
            checkedPages.Add(name);
        });

        Assert.Equal(MainPages.Names, checkedPages);
        Assert.True(found.Count == 0, "axe-core found:\n" + string.Join("\n", found));
    }
}
