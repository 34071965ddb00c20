using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The jobs page remembers the user's last filters, search and order; "Clear filters" forgets them.</summary>
public sealed class JobsLastViewTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Opening_the_jobs_page_with_no_query_goes_back_to_the_last_view_until_it_is_cleared()
    {
        var client = await app.SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jobs")).StatusCode);

        await client.GetAsync("/jobs?status=applied&sort=company&p=2");
        var back = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/jobs?status=applied&sort=company", back.Headers.Location!.OriginalString);

        // The list's own requests (htmx) remember too.
        await client.HtmxGetAsync("/jobs?handler=List&q=rust&remote=remote");
        Assert.Equal("/jobs?q=rust&remote=remote", (await client.GetAsync("/jobs")).Headers.Location!.OriginalString);

        var page = await client.GetDocumentAsync("/jobs?q=rust&remote=remote");
        var clear = page.QuerySelector("#job-filters a[href='/jobs?handler=Clear']");
        Assert.Equal("Clear filters", clear?.TextContent);
        var cleared = await client.GetAsync("/jobs?handler=Clear");
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal("/jobs", cleared.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jobs")).StatusCode);
    }

    [Fact]
    public async Task The_remembered_view_is_a_cookie_on_the_jobs_path_only()
    {
        var client = await app.SignedInAsync();
        var response = await client.GetAsync("/jobs?status=offer");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CareerCopilot.JobsView=", StringComparison.Ordinal));
        Assert.Contains("path=/jobs", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
