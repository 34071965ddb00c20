using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class JobDialogTests(BrowserFixture browser)
{
    private static async Task<ILocator> OpenAddDialogAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Add job" }).First.ClickAsync();
        var dialog = page.Locator("#app-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await SettledAsync(page);
        return dialog;
    }

    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> JobsPageAsync()
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        var problems = WatchConsole(page);
        await page.GotoAsync("/jobs");
        return (context, page, problems);
    }

    [Fact]
    public async Task Opening_the_dialog_for_a_new_job_puts_the_cursor_in_company()
    {
        var (context, page, problems) = await JobsPageAsync();
        await using var _ = context;
        var dialog = await OpenAddDialogAsync(page);
        await Expect(dialog.GetByLabel("Company")).ToBeFocusedAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_refused_submit_moves_focus_to_the_first_invalid_field_with_its_message_and_a_linked_summary()
    {
        var (context, page, problems) = await JobsPageAsync();
        await using var _ = context;
        var dialog = await OpenAddDialogAsync(page);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add job" }).ClickAsync();

        var company = dialog.GetByLabel("Company");
        await Expect(company).ToBeFocusedAsync();
        await Expect(company).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bis-invalid\\b"));
        await Expect(company).ToHaveAttributeAsync("aria-invalid", "true");
        // The message beside the field is the field's description.
        await Expect(company).ToHaveAccessibleDescriptionAsync("Company is required.");
        await Expect(dialog.GetByLabel("Job title")).ToHaveAccessibleDescriptionAsync("Title is required.");
        await Expect(dialog.GetByLabel("Location")).Not.ToHaveAttributeAsync("aria-invalid", "true");

        var summary = dialog.Locator(".error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Company is required.", "Title is required."]);
        await ShotAsync(page, "job-dialog-refused");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Title is required." }).ClickAsync();
        await Expect(dialog.GetByLabel("Job title")).ToBeFocusedAsync();
        await Expect(dialog).ToBeVisibleAsync();

        // A later field's error gets the focus when it is the only one.
        await company.FillAsync("Contoso");
        await dialog.GetByLabel("Job title").FillAsync("Engineer");
        await dialog.GetByLabel("Salary from").FillAsync("90000");
        await dialog.GetByLabel("Salary to").FillAsync("50000");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add job" }).ClickAsync();
        await Expect(dialog.GetByLabel("Salary to")).ToBeFocusedAsync();
        await Expect(dialog.GetByLabel("Salary to")).ToHaveAccessibleDescriptionAsync("Maximum salary must not be below the minimum.");
        await Expect(dialog.GetByLabel("Company")).ToHaveValueAsync("Contoso");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Escape_close_and_cancel_ask_before_discarding_typing_and_close_at_once_when_nothing_was_typed()
    {
        var (context, page, problems) = await JobsPageAsync();
        await using var _ = context;
        var dialog = await OpenAddDialogAsync(page);
        var question = dialog.GetByText("Discard what you typed?");

        // Nothing typed: Escape closes.
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();

        dialog = await OpenAddDialogAsync(page);
        await dialog.GetByLabel("Company").FillAsync("Contoso");
        await page.Keyboard.PressAsync("Escape");
        await Expect(question).ToBeVisibleAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Keep editing" })).ToBeFocusedAsync();
        await ShotAsync(page, "job-dialog-discard");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep editing" }).ClickAsync();
        await Expect(question).ToBeHiddenAsync();
        await Expect(dialog.GetByLabel("Company")).ToHaveValueAsync("Contoso");

        await dialog.GetByRole(AriaRole.Link, new() { Name = "Close" }).ClickAsync();
        await Expect(question).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(question).ToBeHiddenAsync();
        await Expect(dialog).ToBeVisibleAsync();

        await dialog.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Expect(question).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Discard changes" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/jobs$"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_refused_form_still_asks_before_closing_even_when_nothing_changed_since()
    {
        var (context, page, problems) = await JobsPageAsync();
        await using var _ = context;
        var dialog = await OpenAddDialogAsync(page);
        await dialog.GetByLabel("Job title").FillAsync("Engineer");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add job" }).ClickAsync();
        await Expect(dialog.GetByLabel("Company")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog.GetByText("Discard what you typed?")).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Discard changes" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
