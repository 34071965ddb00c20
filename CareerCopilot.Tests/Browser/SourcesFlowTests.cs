using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class SourcesFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_follows_a_company_board_and_a_search_and_switches_one_off()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sources", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sources$"));
        await Expect(page.Locator("#source-list")).ToContainTextAsync("You follow no boards yet");

        // A company board: the key field is labelled as the board names it, and a bad key is explained beside it.
        var form = page.Locator("#source-form");
        await form.GetByLabel("Board", new() { Exact = true }).SelectOptionAsync("lever");
        await Expect(form.Locator("label[data-key-label]")).ToHaveTextAsync("Site name");
        await form.GetByLabel("Site name").FillAsync("acme/../admin");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Expect(form.Locator("[data-valmsg-for='Input.Key']")).ToContainTextAsync("may hold only letters");
        await form.GetByLabel("Site name").FillAsync("acme");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Expect(page.Locator("#source-list .source-item")).ToHaveCountAsync(1);
        await Expect(form.Locator(".alert-success")).ToHaveTextAsync("Following acme on Lever.");

        // An aggregator's search: no key, and its credit shown beside it.
        await form.GetByLabel("Board", new() { Exact = true }).SelectOptionAsync("remotive");
        await Expect(form.Locator("label[data-key-label]")).ToHaveTextAsync("Key");
        await Expect(form.Locator("#key-hint")).ToContainTextAsync("takes no key");
        await form.GetByLabel("Search").FillAsync("python");
        await form.GetByLabel("Location").FillAsync("Europe");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Expect(page.Locator("#source-list .source-item")).ToHaveCountAsync(2);
        await Expect(page.Locator("#source-list li[data-board=remotive] .source-credit")).ToHaveTextAsync("Remote jobs from Remotive (remotive.com)");
        await SettledAsync(page);

        var acme = page.GetByRole(AriaRole.Switch, new() { Name = "Read acme on Lever" });
        await Expect(acme).ToHaveAttributeAsync("aria-checked", "true");
        await acme.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Read acme on Lever" })).ToHaveAttributeAsync("aria-checked", "false");
        await Expect(page.Locator("#source-list li[data-board=lever]")).ToHaveClassAsync(new Regex("source-off"));
        await SettledAsync(page);
        await ShotAsync(page, "sources-two-one-off");

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Read acme on Lever" })).ToHaveAttributeAsync("aria-checked", "false");
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Read Remotive (python, Europe)" })).ToHaveAttributeAsync("aria-checked", "true");
        await page.SetViewportSizeAsync(360, 800);
        await ShotAsync(page, "sources-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 360 px");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
