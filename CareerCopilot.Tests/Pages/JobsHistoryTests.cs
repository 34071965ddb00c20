using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The jobs list's views live at the page's own URL, so Back, Forward and a reload show the whole page.</summary>
public sealed class JobsHistoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<HttpResponseMessage> HtmxGetAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task A_new_view_of_the_list_pushes_the_pages_own_url()
    {
        var client = await app.SignedInAsync();
        var response = await HtmxGetAsync(client, "/jobs?handler=List&status=applied&sort=company&q=rust", ("HX-Trigger", "status"));
        Assert.Equal("/jobs?q=rust&status=applied&sort=company", response.Headers.GetValues("HX-Push-Url").Single());
        Assert.False(response.Headers.Contains("HX-Replace-Url"));
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Typing_and_refreshing_replace_the_current_entry_instead_of_adding_one()
    {
        var client = await app.SignedInAsync();
        var typed = await HtmxGetAsync(client, "/jobs?handler=List&q=kube", ("HX-Trigger", "q"));
        Assert.Equal("/jobs?q=kube", typed.Headers.GetValues("HX-Replace-Url").Single());
        Assert.False(typed.Headers.Contains("HX-Push-Url"));

        var refreshed = await HtmxGetAsync(client, "/jobs?handler=List&p=1", ("HX-Trigger", "job-list"));
        Assert.Equal("/jobs", refreshed.Headers.GetValues("HX-Replace-Url").Single());
    }

    [Fact]
    public async Task A_history_restore_gets_the_whole_page_even_at_the_fragments_url()
    {
        var client = await app.SignedInAsync();
        foreach (var url in new[] { "/jobs?status=applied", "/jobs?handler=List&status=applied" })
        {
            var response = await HtmxGetAsync(client, url, ("HX-History-Restore-Request", "true"));
            var page = await HtmlClient.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("nav.app-nav"));
            Assert.NotNull(page.QuerySelector("main[hx-history-elt] #job-filters"));
            Assert.Equal("applied", page.QuerySelector("#status option[selected]")?.GetAttribute("value"));
            Assert.Contains("HX-History-Restore-Request", response.Headers.Vary);
            Assert.False(response.Headers.Contains("HX-Push-Url"));
        }
    }

    [Fact]
    public async Task No_link_or_form_of_the_list_pushes_the_fragments_url()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/jobs");
        Assert.Empty(page.QuerySelectorAll("[hx-push-url='true']"));
    }
}
