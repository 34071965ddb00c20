using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Hosting;

/// <summary>Sign-in and sign-up answer 429 with Retry-After past their limit, on the web and the API.</summary>
public sealed class RateLimitTests
{
    private sealed class TightFactory : AppFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["RateLimits:SignInPerMinute"] = "3";
                settings["RateLimits:SignUpPerMinute"] = "2";
                return settings;
            }
        }
    }

    [Fact]
    public async Task The_web_sign_in_answers_429_with_retry_after_past_the_limit()
    {
        await using var app = new TightFactory();
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/account/login");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(page.Form(), new() { ["Input.Email"] = "nobody@example.test", ["Input.Password"] = "wrong password" })).StatusCode);

        var limited = await client.SubmitAsync(page.Form(), new() { ["Input.Email"] = "nobody@example.test", ["Input.Password"] = "wrong password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many attempts", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task The_api_login_and_register_answer_429_problems_with_retry_after()
    {
        await using var app = new TightFactory();
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            await client.PostAsync("/api/v1/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = "a@example.test", password = "x" }));
        var limited = await client.PostAsync("/api/v1/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = "a@example.test", password = "x" }));
        await Api.ApiAssert.ProblemAsync(limited, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(limited.Headers.RetryAfter);

        for (var i = 0; i < 2; i++)
            await client.PostAsync("/api/v1/auth/register", System.Net.Http.Json.JsonContent.Create(new { email = app.NewEmail(), password = AppFactory.Password }));
        var tooMany = await client.PostAsync("/api/v1/auth/register", System.Net.Http.Json.JsonContent.Create(new { email = app.NewEmail(), password = AppFactory.Password }));
        await Api.ApiAssert.ProblemAsync(tooMany, HttpStatusCode.TooManyRequests, "rate_limited");
    }
}
