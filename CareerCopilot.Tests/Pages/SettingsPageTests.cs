using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

public sealed class SettingsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient WithBearer(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_token_made_through_the_form_is_shown_once_works_on_the_api_and_stops_when_revoked()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/settings");
        Assert.Contains("@example.test", page.QuerySelector(".app-nav a.settings-link[aria-current=page]")?.TextContent);
        Assert.Contains("You have no tokens.", page.QuerySelector("#token-settings")?.TextContent);

        var response = await client.SubmitAsync(page.Form("#token-form"), new() { ["Input.Name"] = "Laptop script" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var made = await HtmlClient.ParseAsync(response);
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)made.QuerySelector("#new-token")!).Value;
        Assert.Matches("^ccp_[A-Za-z0-9_-]{43}$", token);
        Assert.Contains("will not be shown again", made.QuerySelector(".new-token")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await WithBearer(token).GetAsync("/api/v1/jobs")).StatusCode);

        // Shown once: the page never shows it again, only its prefix.
        var later = await client.GetDocumentAsync("/settings");
        Assert.Null(later.QuerySelector("#new-token"));
        Assert.DoesNotContain(token, later.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var item = Assert.Single(later.QuerySelectorAll(".token-item"));
        Assert.Equal("Laptop script", item.QuerySelector(".token-name")?.TextContent);
        Assert.Contains(token[..8] + "…", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("last used", item.TextContent, StringComparison.Ordinal);

        var revoked = await client.SubmitAsync(later.Form(".token-item form"), []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await client.GetDocumentAsync("/settings");
        Assert.Contains("Token “Laptop script” revoked", after.QuerySelector("#flash-area")?.TextContent);
        Assert.Empty(after.QuerySelectorAll(".token-item"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(token).GetAsync("/api/v1/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_blank_name_is_explained_beside_the_field_and_nothing_is_made()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/settings");
        var response = await client.SubmitAsync(page.Form("#token-form"), new() { ["Input.Name"] = "  " });
        var again = await HtmlClient.ParseAsync(response);
        Assert.Equal("Name is required.", again.QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent.Trim());
        Assert.Null(again.QuerySelector("#new-token"));
        Assert.Empty(again.QuerySelectorAll(".token-item"));
    }

    [Fact]
    public async Task Over_htmx_a_made_token_comes_back_in_the_fragment_with_a_toast()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/settings");
        var response = await client.HtmxPostAsync("/settings", page.AntiforgeryToken(), new() { ["Input.Name"] = "CI" });
        Assert.Contains("show-message", string.Join(",", response.Headers.GetValues("HX-Trigger")));
        var part = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(part.QuerySelector("#token-settings #new-token"));
        Assert.Null(part.QuerySelector("nav"));
        Assert.Single(part.QuerySelectorAll(".token-item"));
    }

    [Fact]
    public async Task The_bookmarklet_carries_its_own_token_and_the_apps_absolute_addresses()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/settings");
        var response = await client.SubmitAsync(page.Form("#token-settings form[action*='Bookmarklet']"), []);
        var made = await HtmlClient.ParseAsync(response);
        var href = made.QuerySelector("a[data-bookmarklet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.StartsWith("javascript:", href, StringComparison.Ordinal);
        var code = Uri.UnescapeDataString(href["javascript:".Length..]);
        Assert.Contains("\"importUrl\":\"http://localhost/api/v1/jobs/import\"", code, StringComparison.Ordinal);
        Assert.Contains("\"jobUrl\":\"http://localhost/jobs/{id}\"", code, StringComparison.Ordinal);
        Assert.Contains("\"jobsUrl\":\"http://localhost/jobs\"", code, StringComparison.Ordinal);
        var token = System.Text.RegularExpressions.Regex.Match(code, "\"token\":\"(ccpb_[A-Za-z0-9_-]{43})\"").Groups[1].Value;
        // A token of its own, good for saving jobs and for nothing else (the page it runs in could read it).
        Assert.Equal(HttpStatusCode.Created, (await WithBearer(token).PostAsJsonAsync("/api/v1/jobs/import",
            new { url = "https://jobs.example.test/1", html = "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"SRE\",\"hiringOrganization\":\"Fabrikam\"}</script>" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WithBearer(token).GetAsync("/api/v1/jobs")).StatusCode);
        Assert.StartsWith("Bookmarklet, ", Assert.Single(made.QuerySelectorAll(".token-item .token-name")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked_from_the_page()
    {
        var ana = await app.SignedInAsync();
        var page = await ana.GetDocumentAsync("/settings");
        await ana.SubmitAsync(page.Form("#token-form"), new() { ["Input.Name"] = "Ana's" });
        var anaPage = await ana.GetDocumentAsync("/settings");
        var action = anaPage.QuerySelector(".token-item form")!.GetAttribute("action")!;

        var bo = await app.SignedInAsync();
        var boPage = await bo.GetDocumentAsync("/settings");
        var response = await bo.HtmxPostAsync(action, boPage.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single((await ana.GetDocumentAsync("/settings")).QuerySelectorAll(".token-item"));
    }
}
