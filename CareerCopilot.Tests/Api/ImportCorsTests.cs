using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

/// <summary>The bookmarklet calls the import endpoint from other sites' pages: that endpoint, and only it, allows any origin.</summary>
public sealed class ImportCorsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string LinkedIn = "https://www.linkedin.com";

    private static HttpRequestMessage Preflight(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", LinkedIn);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [Fact]
    public async Task A_preflight_from_linkedin_to_the_import_endpoint_is_allowed_without_credentials()
    {
        var response = await app.CreateClient().SendAsync(Preflight("/api/v1/jobs/import"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("POST", Header(response, "Access-Control-Allow-Methods"));
        var headers = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.Contains("authorization", headers, StringComparison.Ordinal);
        Assert.Contains("content-type", headers, StringComparison.Ordinal);
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("/api/v1/jobs")]
    [InlineData("/api/v1/jobs/import/email")]
    [InlineData("/api/v1/tokens")]
    [InlineData("/api/v1/auth/login")]
    [InlineData("/jobs")]
    [InlineData("/settings")]
    public async Task A_preflight_to_any_other_address_gets_no_allowance(string path)
    {
        var response = await app.CreateClient().SendAsync(Preflight(path));
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task A_cross_site_read_of_another_endpoint_gets_no_allowance()
    {
        var api = await app.ApiAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/jobs");
        request.Headers.Add("Origin", LinkedIn);
        var response = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_revoked_token_on_the_import_endpoint_is_a_401_the_bookmarklet_can_read()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/jobs/import")
        {
            Content = JsonContent.Create(new { url = "https://www.linkedin.com/jobs/view/1", html = "<html></html>" }),
        };
        request.Headers.Add("Origin", LinkedIn);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ccp_" + new string('A', 43));
        var response = await app.CreateClient().SendAsync(request);
        await ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    /// <summary>Needs <c>POST /api/v1/jobs/import</c> (docs/api.md, Import), built alongside.</summary>
    [Fact]
    public async Task The_bookmarklets_request_with_a_token_imports_the_page_it_sends()
    {
        var api = await app.ApiAsync();
        var made = await JsonAsync(await api.PostAsJsonAsync("/api/v1/tokens", new { name = "Bookmarklet" }), HttpStatusCode.Created);
        const string html = """
            <html><head><title>Backend Engineer - Contoso | LinkedIn</title>
            <script type="application/ld+json">
            { "@context": "https://schema.org", "@type": "JobPosting", "title": "Backend Engineer",
              "hiringOrganization": { "@type": "Organization", "name": "Contoso" },
              "jobLocation": { "@type": "Place", "address": { "addressLocality": "Berlin", "addressCountry": "DE" } },
              "description": "<p>Build APIs in C# and PostgreSQL.</p>", "datePosted": "2026-11-20" }
            </script></head><body><h1>Backend Engineer</h1></body></html>
            """;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/jobs/import")
        {
            Content = JsonContent.Create(new { url = "https://www.linkedin.com/jobs/view/4242/?trk=public_jobs", html }),
        };
        request.Headers.Add("Origin", LinkedIn);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", made.GetProperty("token").GetString());
        var response = await app.CreateClient().SendAsync(request);

        var job = await JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("Backend Engineer", job.GetProperty("title").GetString());
        Assert.Equal("Contoso", job.GetProperty("company").GetString());
        Assert.Equal("url", job.GetProperty("source").GetString());
        var listed = await JsonAsync(await api.GetAsync("/api/v1/jobs"));
        Assert.Equal(job.GetProperty("id").GetInt32(), listed.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_bookmarklet_token_saves_jobs_and_may_do_nothing_else()
    {
        var api = await app.ApiAsync();
        var email = (await JsonAsync(await api.GetAsync("/api/v1/profile"))).GetProperty("email").GetString();
        string token;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareerCopilot.Web.Data.AppDbContext>();
            var userId = db.Users.Single(u => u.Email == email).Id;
            var made = await scope.ServiceProvider.GetRequiredService<PersonalTokenService>()
                .CreateAsync(userId, "Bookmarklet", CancellationToken.None, TokenScope.ImportOnly);
            token = made.Token;
        }
        var bookmarklet = app.CreateClient();
        bookmarklet.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        const string html = """
            <script type="application/ld+json">{ "@type": "JobPosting", "title": "SRE", "hiringOrganization": "Fabrikam" }</script>
            """;

        var saved = await bookmarklet.PostAsJsonAsync("/api/v1/jobs/import", new { url = "https://jobs.example.test/sre/1", html });
        var read = await bookmarklet.GetAsync("/api/v1/jobs");
        var resumes = await bookmarklet.GetAsync("/api/v1/resumes");
        var tokens = await bookmarklet.GetAsync("/api/v1/tokens");

        Assert.StartsWith(TokenRules.ImportOnlyMarker, token, StringComparison.Ordinal);
        Assert.Equal("SRE", (await JsonAsync(saved, HttpStatusCode.Created)).GetProperty("title").GetString());
        await ProblemAsync(read, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAsync(resumes, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAsync(tokens, HttpStatusCode.Forbidden, "forbidden");
    }
}
