using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class UndoFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task I_have_this_is_undone_from_its_toast_and_a_double_click_adds_one_skill()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);
        await AddJobAsync(page, "Contoso", "Backend Engineer", "C#, Kubernetes, Go");

        await page.GotoAsync("/skills");
        await Expect(page.Locator(".gap-table tr[data-skill]")).ToHaveCountAsync(3);
        // A double click: the row stays in place (marked added), so the second click meets no other skill's button.
        await page.GetByRole(AriaRole.Button, new() { Name = "I have this (C#)" }).DblClickAsync();
        await Expect(page.Locator("tr[data-skill-added='C#']")).ToBeVisibleAsync();
        await Expect(page.Locator(".gap-table tr[data-skill]")).ToHaveCountAsync(2);
        var toast = page.Locator(".undo-toast", new() { HasText = "C# added to your skills." });
        await Expect(toast).ToHaveCountAsync(1);
        await ShotAsync(page, "undo-1-toast");

        await toast.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator(".toast-area")).ToContainTextAsync("C# removed from your skills.");
        await Expect(page.Locator(".gap-table tr[data-skill]")).ToHaveCountAsync(3);
        await Expect(page.Locator("tr[data-skill='C#']")).ToBeVisibleAsync();
        await ShotAsync(page, "undo-2-undone");

        await page.GotoAsync("/profile");
        await Expect(page.Locator("#Input_Skills")).ToHaveValueAsync("");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_double_click_on_a_move_button_moves_once_and_the_toast_undoes_it()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);
        await AddJobAsync(page, "Contoso", "Backend Engineer", "C#");
        await page.GetByRole(AriaRole.Link, new() { Name = "Backend Engineer" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/jobs/\d+$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Track application" }).ClickAsync();
        var card = page.Locator("#application-card");
        await Expect(card.Locator(".timeline-item")).ToHaveCountAsync(1);

        await card.Locator(".move-buttons").GetByRole(AriaRole.Button, new() { Name = "Interview" }).DblClickAsync();
        await Expect(card.Locator(".move-buttons").GetByRole(AriaRole.Button, new() { Name = "Interview" })).ToBeDisabledAsync();
        await Expect(card.Locator(".timeline-item")).ToHaveCountAsync(2);

        await page.Locator(".undo-toast", new() { HasText = "Moved to Interview." }).GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(card.Locator(".timeline-item")).ToHaveCountAsync(3);
        await Expect(card.Locator(".move-buttons").GetByRole(AriaRole.Button, new() { Name = "Applied" })).ToBeDisabledAsync();
        await ShotAsync(page, "undo-3-move-undone");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
