using System.Text.Json;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Realtime;
using Microsoft.Extensions.DependencyInjection;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class TokensApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient WithBearer(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(int Id, string Token)> MakeAsync(HttpClient api, string name)
    {
        var made = await JsonAsync(await api.PostAsJsonAsync("/api/v1/tokens", new { name }), HttpStatusCode.Created);
        return (made.GetProperty("id").GetInt32(), made.GetProperty("token").GetString()!);
    }

    [Fact]
    public async Task A_token_is_shown_once_listed_by_its_prefix_and_works_as_a_bearer_token_on_any_endpoint()
    {
        var api = await app.ApiAsync();
        await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });

        var made = await JsonAsync(await api.PostAsJsonAsync("/api/v1/tokens", new { name = "  Bookmarklet " }), HttpStatusCode.Created);
        var token = made.GetProperty("token").GetString()!;
        Assert.Equal("Bookmarklet", made.GetProperty("name").GetString());
        Assert.Matches("^ccp_[A-Za-z0-9_-]{43}$", token);

        var listed = (await JsonAsync(await api.GetAsync("/api/v1/tokens"))).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(made.GetProperty("id").GetInt32(), listed.GetProperty("id").GetInt32());
        Assert.Equal(token[..8], listed.GetProperty("prefix").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("last_used_at").ValueKind);
        Assert.False(listed.TryGetProperty("token", out _));
        Assert.DoesNotContain(token[8..], listed.ToString(), StringComparison.Ordinal);

        var script = WithBearer(token);
        var jobs = await JsonAsync(await script.GetAsync("/api/v1/jobs"));
        Assert.Equal("Contoso", jobs.GetProperty("items")[0].GetProperty("company").GetString());
        await JsonAsync(await script.GetAsync("/api/v1/profile"));
        var used = (await JsonAsync(await api.GetAsync("/api/v1/tokens"))).GetProperty("items")[0];
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, used.GetProperty("last_used_at").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task Last_used_moves_at_most_once_a_minute()
    {
        var api = await app.ApiAsync();
        var (_, token) = await MakeAsync(api, "Script");
        var script = WithBearer(token);
        await JsonAsync(await script.GetAsync("/api/v1/jobs"));
        var first = (await JsonAsync(await api.GetAsync("/api/v1/tokens"))).GetProperty("items")[0].GetProperty("last_used_at").GetDateTime();

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await JsonAsync(await script.GetAsync("/api/v1/jobs"));
        Assert.Equal(first, (await JsonAsync(await api.GetAsync("/api/v1/tokens"))).GetProperty("items")[0].GetProperty("last_used_at").GetDateTime());

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await JsonAsync(await script.GetAsync("/api/v1/jobs"));
        Assert.True((await JsonAsync(await api.GetAsync("/api/v1/tokens"))).GetProperty("items")[0].GetProperty("last_used_at").GetDateTime() > first);
    }

    [Fact]
    public async Task A_revoked_an_unknown_or_a_malformed_token_gets_the_same_401_as_a_bad_login_token()
    {
        var api = await app.ApiAsync();
        var (id, token) = await MakeAsync(api, "Old laptop");
        await JsonAsync(await WithBearer(token).GetAsync("/api/v1/jobs"));
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/tokens/{id}")).StatusCode);

        var badJwt = await ProblemAsync(await WithBearer("eyJhbGciOiJIUzI1NiJ9.e30.bad").GetAsync("/api/v1/jobs"), HttpStatusCode.Unauthorized, "unauthorized");
        foreach (var value in new[] { token, "ccp_" + new string('A', 43), "ccp_short" })
        {
            var problem = await ProblemAsync(await WithBearer(value).GetAsync("/api/v1/jobs"), HttpStatusCode.Unauthorized, "unauthorized");
            Assert.Equal(badJwt.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
            Assert.Equal(badJwt.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Revoking_a_token_ends_the_event_streams_that_were_open_so_one_opened_with_it_stops_hearing()
    {
        var email = app.NewEmail("streams");
        var api = await app.ApiAsync(email);
        var (id, _) = await MakeAsync(api, "Listener");
        using var stream = app.Services.GetRequiredService<UserEventHub>().Subscribe(await app.UserIdAsync(email));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/tokens/{id}")).StatusCode);

        var ended = stream.Reader.Completion;
        Assert.Same(ended, await Task.WhenAny(ended, Task.Delay(TimeSpan.FromSeconds(5))));
    }

    [Fact]
    public async Task A_token_is_never_a_page_sign_in()
    {
        var api = await app.ApiAsync();
        var (_, token) = await MakeAsync(api, "Script");
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await browser.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_users_token_is_404_to_revoke_and_a_personal_token_may_list_but_not_make_or_revoke()
    {
        var ana = await app.ApiAsync();
        var bo = await app.ApiAsync();
        var (anaId, anaToken) = await MakeAsync(ana, "Ana's");
        await ProblemAsync(await bo.DeleteAsync($"/api/v1/tokens/{anaId}"), HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await JsonAsync(await bo.GetAsync("/api/v1/tokens"))).GetProperty("items").EnumerateArray());

        var script = WithBearer(anaToken);
        Assert.Single((await JsonAsync(await script.GetAsync("/api/v1/tokens"))).GetProperty("items").EnumerateArray());
        await ProblemAsync(await script.PostAsJsonAsync("/api/v1/tokens", new { name = "Another" }), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAsync(await script.DeleteAsync($"/api/v1/tokens/{anaId}"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Single((await JsonAsync(await ana.GetAsync("/api/v1/tokens"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_blank_or_long_name_and_the_twenty_first_token_are_400()
    {
        var api = await app.ApiAsync();
        var blank = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/tokens", new { name = " " }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["Name is required."], Errors(blank, "name"));
        await ProblemAsync(await api.PostAsJsonAsync("/api/v1/tokens", new { name = new string('x', 101) }), HttpStatusCode.BadRequest, "validation_failed");
        for (var i = 0; i < 20; i++) await MakeAsync(api, $"Token {i}");
        var full = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/tokens", new { name = "One more" }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("20 tokens", Errors(full, "name")[0], StringComparison.Ordinal);
    }
}
