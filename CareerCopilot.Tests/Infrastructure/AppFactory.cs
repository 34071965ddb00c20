using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerCopilot.Tests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file in a temporary data directory. Time is a fake clock the tests can move;
/// the password hash is cheaper than production's (a separate test pins production's 210,000 iterations).
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct violet stapler 42";

    private int users;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("cc-test-").FullName;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    protected virtual string Environment => "Testing";
    protected virtual bool FastHashing => true;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>(NoRealBoards)
    {
        ["DataDirectory"] = DataDirectory,
        // Queued runs wait: a test sees a run as "Run now" leaves it. IngestionAppFactory runs them.
        ["Coravel:Queue:ConsummationDelay"] = "3600",
        ["Scheduler:Enabled"] = "false",
        ["RateLimits:SignInPerMinute"] = "10000",
        ["RateLimits:SignUpPerMinute"] = "10000",
        ["Jwt:SigningKey"] = "test-signing-key-that-is-long-enough-for-hmac-sha256",
    };

    /// <summary>
    /// Every job board at a loopback address that the board client refuses before connecting: a run started by a test
    /// that has no fake board (a "Run now" click) fails at once and sends nothing anywhere.
    /// </summary>
    private static readonly Dictionary<string, string?> NoRealBoards =
        BoardCatalogue.All.ToDictionary(b => $"Sources:{b.ConfigName}:BaseUrl", _ => (string?)"http://127.0.0.1:9");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (FastHashing) services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    public string NewEmail(string who = "user") => $"{who}{Interlocked.Increment(ref users)}-{Guid.NewGuid():N}"[..24] + "@example.test";

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each answer.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs up through the real form and returns the signed-in client.</summary>
    public async Task<HttpClient> SignedInAsync(string? email = null)
    {
        var client = Browser();
        var page = await client.GetDocumentAsync("/account/register");
        var response = await client.SubmitAsync(page.Form(), new()
        {
            ["Input.Email"] = email ?? NewEmail(),
            ["Input.Password"] = Password,
            ["Input.FullName"] = "Test Person",
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-up failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Registers and logs in through the API; the client carries the bearer token.</summary>
    public async Task<HttpClient> ApiAsync(string? email = null)
    {
        var client = CreateClient();
        email ??= NewEmail("api");
        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password })).EnsureSuccessStatusCode();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }
}
