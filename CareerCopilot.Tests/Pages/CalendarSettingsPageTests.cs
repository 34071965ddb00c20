using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The calendar feed's settings page through its real forms: make, show again, renew, revoke.</summary>
public sealed class CalendarSettingsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string? Address(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("#calendar-url")?.GetAttribute("value");

    [Fact]
    public async Task The_settings_page_links_to_it_and_a_visit_makes_no_address()
    {
        var client = await app.SignedInAsync();
        var settings = await client.GetDocumentAsync("/settings");
        Assert.Equal("/settings/calendar", settings.QuerySelector("a[href='/settings/calendar']")?.GetAttribute("href"));

        var page = await client.GetDocumentAsync("/settings/calendar");
        Assert.Null(Address(page));
        Assert.Equal("Make my calendar address", page.QuerySelector("#calendar-feed button")?.TextContent);
        Assert.Null(Address(await client.GetDocumentAsync("/settings/calendar")));
    }

    [Fact]
    public async Task The_address_is_made_shown_again_and_opens_the_feed()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/settings/calendar");
        var response = await client.SubmitAsync(page.Form("#calendar-feed form"), []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var shown = await client.GetDocumentAsync("/settings/calendar");
        var url = Address(shown)!;
        Assert.Matches(@"/api/v1/calendar/[A-Za-z0-9_-]{43}\.ics$", url);
        Assert.Contains("Your calendar address is ready", shown.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal("#calendar-url", shown.QuerySelector("#calendar-feed [data-copy]")?.GetAttribute("data-copy"));
        Assert.Equal(["Google Calendar", "Outlook", "Apple Calendar"], shown.QuerySelectorAll(".subscribe-steps dt").Select(d => d.TextContent));
        Assert.Equal(url, Address(await client.GetDocumentAsync("/settings/calendar")));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(new Uri(url).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Revoke_and_make_new_replaces_the_address_and_revoke_ends_it()
    {
        var client = await app.SignedInAsync();
        var first = await client.GetDocumentAsync("/settings/calendar");
        await client.SubmitAsync(first.Form("#calendar-feed form"), []);
        var page = await client.GetDocumentAsync("/settings/calendar");
        var old = Address(page)!;

        var renewed = await client.HtmxPostAsync("/settings/calendar?handler=Renew", page.AntiforgeryToken());
        var fragment = await HtmlClient.ParseFragmentAsync(await renewed.Content.ReadAsStringAsync());
        var fresh = fragment.QuerySelector("#calendar-url")?.GetAttribute("value");
        Assert.NotNull(fresh);
        Assert.NotEqual(old, fresh);
        Assert.Contains("New address made", renewed.Headers.GetValues("HX-Trigger").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(new Uri(old).PathAndQuery)).StatusCode);

        var after = await client.GetDocumentAsync("/settings/calendar");
        var revoke = after.QuerySelectorAll("#calendar-feed form").Single(f => f.TextContent.Trim() == "Revoke");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)revoke, [])).StatusCode);
        var gone = await client.GetDocumentAsync("/settings/calendar");
        Assert.Null(Address(gone));
        Assert.Contains("revoked", gone.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(new Uri(fresh!).PathAndQuery)).StatusCode);
    }
}
