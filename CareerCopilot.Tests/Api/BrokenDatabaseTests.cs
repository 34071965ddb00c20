using System.Net;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

/// <summary>The database file disappears under a running app: health says so, and nothing leaks about why.</summary>
public sealed class BrokenDatabaseTests : IAsyncLifetime
{
    private sealed class Factory : AppFactory
    {
        public string Database => Path.Combine(DataDirectory, "broken.db");
        protected override string Environment => "Production";

        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["ConnectionStrings:Default"] = $"Data Source={Database};Pooling=False";
                return settings;
            }
        }
    }

    private readonly Factory app = new();
    private HttpClient api = null!;
    private HttpClient browser = null!;

    public async Task InitializeAsync()
    {
        api = await app.ApiAsync();
        browser = await app.SignedInAsync();
        foreach (var file in Directory.GetFiles(app.DataDirectory, "broken.db*")) File.Delete(file);
        Directory.CreateDirectory(app.Database);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Health_answers_503_unhealthy()
    {
        var health = await JsonAsync(await app.CreateClient().GetAsync("/api/v1/health"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        Assert.Equal("unhealthy", health.GetProperty("components").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_api_answers_a_500_problem_without_internals()
    {
        var problem = await ProblemAsync(await api.GetAsync("/api/v1/jobs"), HttpStatusCode.InternalServerError, "internal_error");
        Assert.DoesNotContain("Sqlite", problem.ToString());
    }

    [Fact]
    public async Task Pages_show_the_friendly_error_page_without_internals()
    {
        var response = await browser.GetAsync("/jobs");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong on our side", html);
        Assert.DoesNotContain("Sqlite", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("Exception", html);
    }
}
