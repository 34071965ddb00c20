using System.Net;
using CareerCopilot.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Pages;

public sealed class SecurityTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Only_a_short_list_of_endpoints_is_open_without_sign_in()
    {
        var open = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order().ToArray();

        Assert.Equal(["account/confirm-email", "account/login", "account/register", "api/v1/auth/login", "api/v1/auth/register", "api/v1/calendar/{feed}", "api/v1/health", "error", "openapi/{documentName}.json", "unsubscribe/{kind}"], open);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/jobs")]
    [InlineData("/jobs/1")]
    [InlineData("/applications")]
    [InlineData("/profile")]
    public async Task Pages_send_a_stranger_to_sign_in(string path)
    {
        var response = await app.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task An_htmx_request_with_an_expired_session_gets_hx_redirect_not_a_fragment()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/jobs?handler=List&q=x");
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("HX-Current-URL", "http://localhost/jobs?q=x");
        var response = await app.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fjobs%3Fq%3Dx", response.Headers.GetValues("HX-Redirect").Single());
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/profile")]
    [InlineData("/jobs/edit")]
    [InlineData("/jobs?handler=Status&id=1")]
    [InlineData("/jobs?handler=Delete&id=1")]
    [InlineData("/applications?handler=Move&id=1&status=offer")]
    [InlineData("/account/logout")]
    public async Task Posts_without_the_antiforgery_token_are_refused(string path)
    {
        var client = await app.SignedInAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.FullName"] = "x" }) };
        request.Headers.Add("HX-Request", "true");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_antiforgery_header_htmx_sends_is_accepted()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/profile");
        var response = await client.HtmxPostAsync("/profile", page.AntiforgeryToken(), new() { ["Input.FullName"] = "Header Token" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/account/login", false)]
    [InlineData("/jobs", true)]
    [InlineData("/jobs?handler=List", true)]
    [InlineData("/api/v1/health", false)]
    [InlineData("/api/v1/jobs", false)]
    [InlineData("/css/site.css", false)]
    [InlineData("/no-such-page", true)]
    public async Task Every_answer_carries_the_security_headers(string path, bool signedIn)
    {
        var client = signedIn ? await app.SignedInAsync() : app.Browser();
        var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        var client = await app.SignedInAsync();
        foreach (var path in new[] { "/", "/jobs", "/applications", "/profile", "/jobs/edit" })
        {
            var page = await client.GetDocumentAsync(path);
            Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"inline script on {path}"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [hx-on], [onchange]"));
        }
    }

    [Fact]
    public async Task Unknown_pages_get_the_friendly_404()
    {
        var client = await app.SignedInAsync();
        var response = await client.GetAsync("/jobs/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_form_is_refused_with_413_and_nothing_changes()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/profile");
        var response = await client.HtmxPostAsync("/profile", page.AntiforgeryToken(), new() { ["Input.FullName"] = new string('a', 2_000_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Test Person", (await client.GetDocumentAsync("/profile")).QuerySelector("#Input_FullName")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_data_directory()
    {
        await app.SignedInAsync();
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.DataDirectory, "keys"), "key-*.xml"));
    }
}
