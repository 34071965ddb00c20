using System.Net;
using System.Text;
using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Tests.Infrastructure.Web;

/// <summary>
/// The fetcher of user-given links against the vectors of server-side request forgery. An "internal" server on
/// 127.0.0.1 stands for what must never be reached, and counts its hits; a "public" one on 127.0.0.2 is the only
/// address the guard under test lets through. Private and metadata addresses come from an injected resolver, so no
/// packet leaves loopback.
/// </summary>
public sealed class PageFetcherTests : IAsyncLifetime
{
    private static readonly IPAddress PublicStandIn = IPAddress.Parse("127.0.0.2");
    private FakeJobBoard internalServer = null!;
    private FakeJobBoard publicServer = null!;

    public async Task InitializeAsync()
    {
        internalServer = await FakeJobBoard.StartAsync();
        internalServer.Text("/secret", "internal secret", "text/plain");
        publicServer = await FakeJobBoard.StartAsync(PublicStandIn.ToString());
    }

    public async Task DisposeAsync()
    {
        await internalServer.DisposeAsync();
        await publicServer.DisposeAsync();
    }

    /// <summary>Answers every name with the given addresses.</summary>
    private sealed class FixedResolver(params IPAddress[] addresses) : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Task.FromResult(addresses);
    }

    /// <summary>
    /// A fetcher whose guard judges addresses as production does, except that 127.0.0.2 counts as public. Ports are
    /// left open (the servers listen on free ports), so each refusal below is the address guard's.
    /// </summary>
    private static PageFetcher Fetcher(IHostResolver? resolver = null, FetchOptions? options = null)
    {
        options ??= new FetchOptions { AllowPrivateNetworks = true };
        var guard = new GuardedConnections(resolver ?? new FixedResolver(PublicStandIn),
            address => address.Equals(PublicStandIn) || NetworkAddresses.IsPublic(address));
        return new PageFetcher(new HttpClient(guard.CreateHandler(followRedirects: false)), Options.Create(options));
    }

    private int InternalPort => new Uri(internalServer.BaseUrl).Port;

    [Theory]
    [InlineData("http://127.0.0.1:{port}/secret")]
    [InlineData("http://[::1]:{port}/secret")]
    [InlineData("http://0x7f000001:{port}/secret")]
    [InlineData("http://2130706433:{port}/secret")]
    [InlineData("http://127.1:{port}/secret")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/secret")]
    [InlineData("http://localhost:{port}/secret")]
    public async Task Loopback_in_any_spelling_is_refused_and_never_reached(string link)
    {
        var fetcher = Fetcher(new DnsHostResolver());

        var error = await Assert.ThrowsAnyAsync<PageFetchException>(() =>
            fetcher.FetchAsync(link.Replace("{port}", InternalPort.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None));

        Assert.Equal("url_not_allowed", error.Code);
        Assert.Empty(internalServer.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("gopher://127.0.0.1:70/_GET", "gopher")]
    [InlineData("ftp://example.test/job.html", "ftp")]
    [InlineData("javascript:alert(1)", "javascript")]
    public void Schemes_other_than_http_and_https_are_refused(string link, string scheme)
    {
        var error = Assert.ThrowsAny<PageFetchException>(() => Fetcher().Checked(link));

        Assert.Equal("url_not_allowed", error.Code);
        Assert.Contains(scheme, error.Message);
    }

    [Theory]
    [InlineData("https://user:secret@jobs.example.test/1")]
    [InlineData("https://jobs.example.test:22/1")]
    [InlineData("jobs.example.test/1")]
    [InlineData("http://localhost./secret")]
    [InlineData("http://admin.localhost/secret")]
    public void Credentials_unusual_ports_relative_links_and_local_names_are_refused(string link)
    {
        var production = Fetcher(options: new FetchOptions());

        Assert.Equal("url_not_allowed", Assert.ThrowsAny<PageFetchException>(() => production.Checked(link)).Code);
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("10.0.0.7")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    public async Task A_name_that_resolves_to_a_private_or_metadata_address_is_refused(string address)
    {
        var fetcher = Fetcher(new FixedResolver(IPAddress.Parse(address)));

        var error = await Assert.ThrowsAnyAsync<PageFetchException>(() => fetcher.FetchAsync("http://jobs.example.test/1", CancellationToken.None));

        Assert.Equal("url_not_allowed", error.Code);
        Assert.Contains(address, error.Message);
    }

    [Fact]
    public async Task A_redirect_to_a_refused_address_is_refused_at_that_hop()
    {
        publicServer.On("/job", Redirect($"http://127.0.0.1:{InternalPort}/secret"));

        var error = await Assert.ThrowsAnyAsync<PageFetchException>(() =>
            Fetcher().FetchAsync($"{publicServer.BaseUrl}/job", CancellationToken.None));

        Assert.Equal("url_not_allowed", error.Code);
        Assert.Single(publicServer.Requests);
        Assert.Empty(internalServer.Requests);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        publicServer.On("/job", Redirect("file:///etc/passwd"));

        var error = await Assert.ThrowsAnyAsync<PageFetchException>(() =>
            Fetcher().FetchAsync($"{publicServer.BaseUrl}/job", CancellationToken.None));

        Assert.Equal("url_not_allowed", error.Code);
    }

    [Fact]
    public async Task Redirects_are_followed_hop_by_hop_up_to_the_limit()
    {
        publicServer.On("/a", Redirect("/b")).On("/b", Redirect("/page"))
            .Text("/page", "<html><head><title>Engineer</title></head></html>", "text/html; charset=utf-8");
        publicServer.On("/loop", Redirect("/loop"));
        var fetcher = Fetcher(options: new FetchOptions { AllowPrivateNetworks = true, MaxRedirects = 3 });

        var page = await fetcher.FetchAsync($"{publicServer.BaseUrl}/a", CancellationToken.None);
        var loop = await Assert.ThrowsAnyAsync<PageFetchException>(() => fetcher.FetchAsync($"{publicServer.BaseUrl}/loop", CancellationToken.None));

        Assert.Equal($"{publicServer.BaseUrl}/page", page.Url.AbsoluteUri);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("<title>Engineer</title>", page.Text);
        Assert.Equal("fetch_failed", loop.Code);
        Assert.Equal(4, publicServer.Requests.Count(r => r.Path == "/loop"));
    }

    [Fact]
    public async Task A_page_that_answers_too_slowly_times_out()
    {
        publicServer.On("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await context.Response.WriteAsync("late");
        });
        var fetcher = Fetcher(options: new FetchOptions { AllowPrivateNetworks = true, Timeout = TimeSpan.FromSeconds(1) });
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAnyAsync<PageFetchException>(() => fetcher.FetchAsync($"{publicServer.BaseUrl}/slow", CancellationToken.None));

        Assert.Equal("fetch_timeout", error.Code);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_endless_page_is_read_only_up_to_the_size_limit()
    {
        publicServer.On("/endless", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 8192));
            while (!context.RequestAborted.IsCancellationRequested) await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        var fetcher = Fetcher(options: new FetchOptions { AllowPrivateNetworks = true, MaxBytes = 64 * 1024 });

        var page = await fetcher.FetchAsync($"{publicServer.BaseUrl}/endless", CancellationToken.None);

        Assert.True(page.Truncated);
        Assert.Equal(64 * 1024, page.Text.Length);
    }

    [Fact]
    public async Task A_page_in_a_legacy_charset_is_decoded_by_its_header()
    {
        publicServer.On("/latin1", async context =>
        {
            context.Response.ContentType = "text/html; charset=iso-8859-1";
            await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("<h1>Entwickler München</h1>"));
        });

        var page = await Fetcher().FetchAsync($"{publicServer.BaseUrl}/latin1", CancellationToken.None);

        Assert.Contains("München", page.Text);
    }

    [Fact]
    public async Task An_error_status_is_a_fetch_failure_that_says_the_status()
    {
        publicServer.Text("/gone", "gone", "text/plain", status: 410);

        var error = await Assert.ThrowsAnyAsync<PageFetchException>(() => Fetcher().FetchAsync($"{publicServer.BaseUrl}/gone", CancellationToken.None));

        Assert.Equal("fetch_failed", error.Code);
        Assert.Contains("410", error.Message);
    }

    private static Func<HttpContext, Task> Redirect(string location) => context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };
}
