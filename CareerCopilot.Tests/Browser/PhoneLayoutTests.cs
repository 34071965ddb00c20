using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    /// <summary>The page's width against the window's, and the element reaching furthest past the right edge.</summary>
    private const string MeasureOverflow = """
        () => {
            const root = document.documentElement;
            const width = root.clientWidth;
            if (root.scrollWidth <= width) return null;
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + [...e.classList].map(c => '.' + c).join('');
            const depth = e => { let d = 0; for (; e; e = e.parentElement) d++; return d; };
            const wide = [...document.body.querySelectorAll('*')]
                .map(e => ({ e, right: e.getBoundingClientRect().right }))
                .filter(x => x.right > width + 0.5)
                .sort((a, b) => b.right - a.right || depth(a.e) - depth(b.e));
            const widest = wide.length ? `${describe(wide[0].e)} reaching ${Math.round(wide[0].right)}px` : 'no element found';
            return `scrolls to ${root.scrollWidth}px on ${width}px; widest: ${widest}`;
        }
        """;

    [Fact]
    public async Task No_main_page_scrolls_sideways_on_a_360_pixel_phone()
    {
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        var found = new List<string>();
        var measured = new List<string>();
        await MainPages.VisitEachAsync(page, browser.App, async name =>
        {
            if (await page.EvaluateAsync<string?>(MeasureOverflow) is { } overflow) found.Add($"{name}: {overflow}");
            measured.Add(name);
        });

        Assert.Equal(MainPages.Names, measured);
        Assert.True(found.Count == 0, "Pages wider than the phone:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// Every visible control and every link that stands alone (not a link inside a sentence, which WCAG exempts) lower
    /// than 44 px, one line each.
    /// </summary>
    private const string MeasureTapTargets = """
        () => {
            const targets = 'a, button, select, input:not([type=hidden]), textarea, summary, [role=button]';
            const inSentence = a => a.tagName === 'A' && a.closest('p, dd, .form-text, .alert, .small') && !a.closest('.card .card-body > p:only-child');
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
                + ' "' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
            const label = e => e.labels && e.labels[0];
            // A tag input's box focuses it when tapped: the box is its hit area.
            const hitArea = e => e.closest('.tag-box') || e;
            return [...document.querySelectorAll(targets)]
                .filter(e => e.checkVisibility() && !e.closest('.visually-hidden, .visually-hidden-focusable:not(:focus)') && !inSentence(e))
                .map(e => {
                    const height = hitArea(e).getBoundingClientRect().height;
                    const labelHeight = label(e) && (e.type === 'checkbox' || e.type === 'radio') ? label(e).getBoundingClientRect().height : 0;
                    return { e, height: Math.max(height, labelHeight) };
                })
                .filter(x => x.height > 0 && x.height < 43.5)
                .map(x => `${describe(x.e)} is ${Math.round(x.height)}px high`);
        }
        """;

    [Fact]
    public async Task On_a_touch_phone_every_control_and_standalone_link_is_at_least_44_pixels_high()
    {
        await using var context = await browser.NewContextAsync(390, 844, touch: true);
        var page = await context.NewPageAsync();
        var found = new List<string>();
        await MainPages.VisitEachAsync(page, browser.App, async name =>
        {
            if (name == "dashboard")
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Open navigation" }).ClickAsync();
                await Expect(page.Locator("#main-nav")).ToBeVisibleAsync();
                await Expect(page.Locator("#main-nav.collapsing")).ToHaveCountAsync(0);
            }
            foreach (var small in await page.EvaluateAsync<string[]>(MeasureTapTargets)) found.Add($"{name}: {small}");
        });

        Assert.True(found.Count == 0, "Tap targets under 44 px:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task The_board_speaks_of_dragging_only_where_there_is_a_mouse()
    {
        await using var phone = await browser.NewContextAsync(390, 844, touch: true);
        var page = await phone.NewPageAsync();
        await SignUpAsync(page, browser.App);
        await page.GotoAsync("/applications");
        await Expect(page.GetByText("Move a card with its menu.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Drag a card", new() { Exact = false })).ToBeHiddenAsync();

        await using var desktop = await browser.NewContextAsync();
        page = await desktop.NewPageAsync();
        await SignUpAsync(page, browser.App);
        await page.GotoAsync("/applications");
        await Expect(page.GetByText("Drag a card to another column, or pick where it goes from its menu.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Move a card with its menu.")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_the_job_page_shows_the_application_before_the_description()
    {
        await using var context = await browser.NewContextAsync(390, 844, touch: true);
        var page = await context.NewPageAsync();
        await SignUpAsync(page, browser.App);
        await AddJobAsync(page, "Contoso", "Backend Engineer", "C#");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        var dialog = page.Locator("#app-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await SettledAsync(page);
        await dialog.GetByLabel("Description").FillAsync(string.Join("\n\n", Enumerable.Repeat("We build payment systems in C# on Azure.", 20)));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await page.ReloadAsync();

        var title = await page.Locator("h1").BoundingBoxAsync();
        var application = await page.Locator("#application-card").BoundingBoxAsync();
        var description = await page.GetByRole(AriaRole.Heading, new() { Name = "Description" }).BoundingBoxAsync();
        Assert.True(title!.Y < application!.Y && application.Y < description!.Y,
            $"title at {title.Y}, application at {application.Y}, description at {description!.Y}");
        await ShotAsync(page, "job-with-description-phone");
    }
}
