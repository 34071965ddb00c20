using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class HealthAndOpenApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_is_anonymous_and_reports_each_component()
    {
        var health = await JsonAsync(await app.CreateClient().GetAsync("/api/v1/health"));
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("healthy", health.GetProperty("components").GetProperty("database").GetProperty("status").GetString());
        // The tests run with the schedule turned off, and the scheduler says so.
        Assert.Equal("disabled", health.GetProperty("components").GetProperty("scheduler").GetProperty("status").GetString());
        Assert.Equal(["database", "scheduler"], health.GetProperty("components").EnumerateObject().Select(c => c.Name));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await JsonAsync(await app.CreateClient().GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/profile", "/api/v1/jobs", "/api/v1/jobs/{id}", "/api/v1/applications", "/api/v1/applications/{id}" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
    }
}
