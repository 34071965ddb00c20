using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class AuthApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Register_creates_an_account_and_answers_201_with_its_id()
    {
        var email = app.NewEmail();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = AppFactory.Password, full_name = "  Ana Diaz " });

        var body = await JsonAsync(response, HttpStatusCode.Created);
        Assert.True(body.GetProperty("id").GetInt32() > 0);
        Assert.Equal(email, body.GetProperty("email").GetString());
        Assert.Equal("Ana Diaz", body.GetProperty("full_name").GetString());
    }

    [Fact]
    public async Task Register_refuses_a_taken_email_with_409()
    {
        var client = app.CreateClient();
        var email = app.NewEmail();
        await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = AppFactory.Password });
        var again = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = email.ToUpperInvariant(), password = AppFactory.Password });
        await ProblemAsync(again, HttpStatusCode.Conflict, "duplicate");
    }

    [Theory]
    [InlineData("short pass", "password")]
    [InlineData("password1234", "password")]
    [InlineData("", "password")]
    public async Task Register_refuses_weak_passwords_naming_the_field(string password, string field)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = app.NewEmail(), password });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotEmpty(Errors(problem, field));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@@example.test")]
    [InlineData("")]
    public async Task Register_refuses_bad_emails(string email)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = AppFactory.Password });
        Assert.NotEmpty(Errors(await ProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed"), "email"));
    }

    [Fact]
    public async Task A_64_character_password_is_accepted()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register",
            new { email = app.NewEmail(), password = string.Concat(Enumerable.Repeat("tangerine-", 7))[..64] });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Login_gives_a_bearer_token_carrying_the_user_id_and_expiry()
    {
        var client = app.CreateClient();
        var email = app.NewEmail();
        var registered = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = AppFactory.Password }), HttpStatusCode.Created);

        var body = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password }));
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(24 * 3600, body.GetProperty("expires_in").GetInt32());

        var payload = body.GetProperty("access_token").GetString()!.Split('.')[1];
        var claims = JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=').Replace('-', '+').Replace('_', '/'))).RootElement;
        Assert.Equal(registered.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture), claims.GetProperty("sub").GetString());
        Assert.Equal(app.Clock.GetUtcNow().AddHours(24).ToUnixTimeSeconds(), claims.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task Login_with_a_wrong_password_or_unknown_email_is_401()
    {
        var client = app.CreateClient();
        var email = app.NewEmail();
        await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = AppFactory.Password });
        await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong password here" }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = app.NewEmail(), password = AppFactory.Password }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var client = app.CreateClient();
        var email = app.NewEmail();
        await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = AppFactory.Password });
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"wrong password {i}" })).StatusCode);

        var fifth = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong password 5" });
        await ProblemAsync(fifth, HttpStatusCode.Locked, "locked_out");
        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });
        await ProblemAsync(right, HttpStatusCode.Locked, "locked_out");
    }

    [Fact]
    public async Task Requests_without_a_valid_token_are_401_problems()
    {
        var client = app.CreateClient();
        await ProblemAsync(await client.GetAsync("/api/v1/jobs"), HttpStatusCode.Unauthorized, "unauthorized");
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not.a.token");
        await ProblemAsync(await client.GetAsync("/api/v1/profile"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        // Its own app: the clock only moves forward, and the shared one must stay put.
        await using var own = new AppFactory();
        var api = await own.ApiAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/profile")).StatusCode);
        own.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await ProblemAsync(await api.GetAsync("/api/v1/profile"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_naming_the_problem()
    {
        var client = app.CreateClient();
        var response = await client.PostAsync("/api/v1/auth/login", new StringContent("{\"email\": ", Encoding.UTF8, "application/json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest, "malformed_json");
    }
}
