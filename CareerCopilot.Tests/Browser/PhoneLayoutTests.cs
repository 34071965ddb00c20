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
}
