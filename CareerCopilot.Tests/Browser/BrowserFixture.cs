using CareerCopilot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareerCopilot.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port on loopback, driven by Debian's Chromium through Playwright, with every job board
/// standing in at one fake board on loopback.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    public IngestionAppFactory App { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright playwright = null!;

    /// <summary>Screenshots land here for a person to look at; they are not compared by the tests.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // The machine is offline and runs as root: no sandbox, and no background calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>
    /// A fresh browser profile (cookies, storage) at one window size, a phone's touch screen when asked (CSS then sees
    /// <c>pointer: coarse</c>); the test disposes it.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 860, bool touch = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, TimezoneId = "Europe/Berlin", Locale = "en-GB",
            HasTouch = touch, IsMobile = touch,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}
