using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class NotificationsFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_sets_quiet_hours_turns_the_evening_summary_off_and_asks_for_a_preview()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);

        await page.GotoAsync("/profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/settings/notifications$"));

        var form = page.Locator("#notifications-form");
        await form.GetByLabel("Evening summary at 20:00").UncheckAsync();
        await form.GetByLabel("Quiet from").SelectOptionAsync("22");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save notification settings" }).ClickAsync();
        await Expect(form.Locator("[data-valmsg-for='Input.QuietHoursEnd']")).ToContainTextAsync("Quiet hours need an end hour");
        await form.GetByLabel("Quiet until").SelectOptionAsync("7");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save notification settings" }).ClickAsync();
        await Expect(form.Locator(".alert-success")).ToHaveTextAsync("Notification settings saved.");
        await Expect(form.GetByLabel("Evening summary at 20:00")).Not.ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the morning briefing" }).ClickAsync();
        await Expect(page.Locator(".toast-area")).ToContainTextAsync("A preview of your morning briefing is on its way");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the evening summary" }).ClickAsync();
        await Expect(page.Locator(".toast-area")).ToContainTextAsync("The evening summary is off.");
        await SettledAsync(page);
        await ShotAsync(page, "notifications");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Quiet from")).ToHaveValueAsync("22");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
