using System.Net;
using CareerCopilot.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Pages;

public sealed class AccountPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Signing_up_signs_in_and_leads_to_the_first_steps()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/account/register");
        var response = await client.SubmitAsync(page.Form(), new()
        {
            ["Input.Email"] = app.NewEmail(), ["Input.Password"] = AppFactory.Password, ["Input.FullName"] = "Ana Diaz",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Welcome!", home.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal("0", home.QuerySelector("#onboarding")?.GetAttribute("data-steps-done"));
        var profile = await client.GetDocumentAsync("/profile");
        Assert.Equal("Ana Diaz", profile.QuerySelector("#Input_FullName")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("short", "Input.Password")]
    [InlineData("password1234", "Input.Password")]
    public async Task A_weak_password_is_explained_beside_the_field(string password, string field)
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/account/register");
        var response = await client.SubmitAsync(page.Form(), new() { ["Input.Email"] = app.NewEmail(), ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HtmlClient.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent));
    }

    [Fact]
    public async Task Signing_up_twice_with_one_email_says_so_beside_the_email()
    {
        var email = app.NewEmail();
        await app.SignedInAsync(email);
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/account/register");
        var response = await client.SubmitAsync(page.Form(), new() { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });
        var again = await HtmlClient.ParseAsync(response);
        Assert.Contains("already exists", again.QuerySelector("[data-valmsg-for='Input.Email']")?.TextContent);
    }

    [Fact]
    public async Task Sign_in_goes_back_to_a_local_return_url_only()
    {
        var email = app.NewEmail();
        await app.SignedInAsync(email);

        foreach (var (returnUrl, expected) in new[] { ("/jobs", "/jobs"), ("https://evil.example/", "/"), ("//evil.example", "/") })
        {
            var client = app.Browser();
            var page = await client.GetDocumentAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
            var response = await client.SubmitAsync(page.Form(), new() { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(expected, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task The_web_sign_in_locks_the_account_after_five_failures()
    {
        var email = app.NewEmail();
        await app.SignedInAsync(email);
        var client = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            var page = await client.GetDocumentAsync("/account/login");
            var failed = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form(), new() { ["Input.Email"] = email, ["Input.Password"] = $"wrong guess number {i}" }));
            Assert.NotNull(failed.QuerySelector(".alert-danger"));
        }

        var login = await client.GetDocumentAsync("/account/login");
        var response = await client.SubmitAsync(login.Form(), new() { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", (await HtmlClient.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent);
    }

    [Fact]
    public async Task The_lockout_message_states_the_configured_lockout_time()
    {
        await using var sevenMinutes = new SevenMinuteLockout();
        var email = sevenMinutes.NewEmail();
        await sevenMinutes.SignedInAsync(email);
        var client = sevenMinutes.Browser();
        HttpResponseMessage response = null!;
        for (var i = 0; i <= 5; i++)
        {
            var page = await client.GetDocumentAsync("/account/login");
            response = await client.SubmitAsync(page.Form(), new() { ["Input.Email"] = email, ["Input.Password"] = $"wrong guess number {i}" });
        }

        Assert.Contains("locked for 7 minutes", (await HtmlClient.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent);
    }

    private sealed class SevenMinuteLockout : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.Configure<IdentityOptions>(o => o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(7)));
        }
    }

    [Fact]
    public async Task Signing_out_is_a_post_and_ends_the_session()
    {
        var client = await app.SignedInAsync();
        var home = await client.GetDocumentAsync("/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jobs")).StatusCode);

        var response = await client.SubmitAsync(home.Form("form[action='/account/logout']"), []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Opening_the_sign_out_address_asks_first_and_its_form_signs_out()
    {
        var client = await app.SignedInAsync();
        var confirm = await client.GetDocumentAsync("/account/logout");

        Assert.Equal("Sign out?", confirm.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/", confirm.QuerySelector("main a.btn")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jobs")).StatusCode);

        var form = confirm.Form();
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        var response = await client.SubmitAsync(form, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/jobs")).StatusCode);
    }
}
