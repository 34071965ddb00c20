using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Fakes;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Pages.Account;

/// <summary>With an SMTP server, sign-up proves the address: a mail with a link, a page with one button.</summary>
public sealed class ConfirmEmailPageTests : IAsyncLifetime
{
    private readonly SmtpSink sink = new();
    private DigestAppFactory app = null!;

    public Task InitializeAsync()
    {
        app = new DigestAppFactory(sink);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sign_up_mails_a_link_whose_page_asks_on_get_and_confirms_on_post()
    {
        var email = app.NewEmail();
        await app.SignedInAsync(email);

        var mail = await app.ConfirmationMailAsync(email);
        Assert.Equal(email, mail.To.Mailboxes.Single().Address);
        var link = DigestAppFactory.ConfirmationLinkIn(mail.TextBody);
        Assert.StartsWith($"{DigestAppFactory.BaseUrl}/account/confirm-email?", link);
        Assert.Contains(WebUtility.HtmlEncode(link), mail.HtmlBody);

        var visitor = app.Browser();
        var page = await visitor.GetDocumentAsync(new Uri(link).PathAndQuery);
        Assert.Equal("Confirm my address", page.Form("form[action*='confirm-email']").QuerySelector("button")?.TextContent.Trim());
        Assert.False(await ConfirmedAsync(email)); // A mail scanner's GET changes nothing.

        var done = await visitor.SubmitAsync(page.Form("form[action*='confirm-email']"), []);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Your address is confirmed", (await HtmlClient.ParseAsync(done)).Body!.TextContent);
        Assert.True(await ConfirmedAsync(email));
    }

    [Fact]
    public async Task Signing_up_through_the_api_mails_the_link_too()
    {
        var email = app.NewEmail();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = AppFactory.Password });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("/account/confirm-email?", (await app.ConfirmationMailAsync(email)).TextBody);
    }

    [Fact]
    public async Task A_wrong_or_changed_link_is_a_clear_400_page_and_confirms_nothing()
    {
        var email = app.NewEmail();
        await app.SignedInAsync(email);
        var link = new Uri(DigestAppFactory.ConfirmationLinkIn((await app.ConfirmationMailAsync(email)).TextBody));
        var visitor = app.Browser();
        var page = await visitor.GetDocumentAsync(link.PathAndQuery);

        var forged = await visitor.SubmitAsync(page.Form("form[action*='confirm-email']"), new() { ["Code"] = "bm90LWEtdG9rZW4" });
        var nobody = await visitor.GetAsync("/account/confirm-email?userId=999999&code=abc");
        var garbage = await visitor.GetAsync("/account/confirm-email?userId=1&code=%25%25%25");
        var notAnId = await visitor.GetAsync("/account/confirm-email?userId=abc&code=abc");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("This confirmation link is not valid", (await HtmlClient.ParseAsync(forged)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnId.StatusCode);
        Assert.False(await ConfirmedAsync(email));
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_fail_the_sign_up()
    {
        sink.Stop();
        var email = app.NewEmail();

        var client = await app.SignedInAsync(email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/settings/notifications")).StatusCode);
        Assert.False(await ConfirmedAsync(email));
    }

    [Fact]
    public async Task With_no_mail_server_sign_up_mails_nothing_and_nothing_needs_confirming()
    {
        await using var local = new DigestAppFactory(sink: null);
        var client = await local.SignedInAsync();

        var page = await client.GetDocumentAsync("/settings/notifications");

        Assert.Null(page.QuerySelector(".confirm-email-notice"));
        var folder = Path.Combine(local.Data, MailKitSender.PickupFolder);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
    }

    private async Task<bool> ConfirmedAsync(string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        sink.Dispose();
    }
}
