using System.Net;
using CareerCopilot.Tests.Fakes;
using CareerCopilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Tests.Pages;

public sealed class NotificationsPageTests : IAsyncLifetime
{
    private readonly SmtpSink sink = new();
    private DigestAppFactory app = null!;

    public Task InitializeAsync()
    {
        app = new DigestAppFactory(sink);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_settings_and_profile_pages_link_to_the_notification_settings()
    {
        var client = await app.SignedInAsync();
        foreach (var page in new[] { "/settings", "/profile" })
            Assert.NotNull((await client.GetDocumentAsync(page)).QuerySelector("a[href='/settings/notifications']"));
    }

    [Fact]
    public async Task The_form_turns_digests_off_sets_the_alert_score_and_quiet_hours()
    {
        var email = app.NewEmail();
        var client = await app.SignedInAsync(email);
        var page = await client.GetDocumentAsync("/settings/notifications");

        var saved = await client.SubmitAsync(page.Form("#notifications-form"), new()
        {
            ["Input.MorningDigest"] = "false", ["Input.EveningDigest"] = "true", ["Input.AlertMinScore"] = "70",
            ["Input.QuietHoursStart"] = "22", ["Input.QuietHoursEnd"] = "7",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = app.Db();
        var profile = await db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == db.Users.Single(u => u.Email == email).Id);
        Assert.Equal((false, true, 70, 22, 7), (profile.MorningDigest, profile.EveningDigest, profile.AlertMinScore, profile.QuietHoursStart!.Value, profile.QuietHoursEnd!.Value));
        var again = await client.GetDocumentAsync("/settings/notifications");
        Assert.Equal("22", again.QuerySelector("#Input_QuietHoursStart option[selected]")?.GetAttribute("value"));
        Assert.False(again.QuerySelector("#Input_MorningDigest")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Half_set_quiet_hours_come_back_with_the_message_beside_the_field()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/settings/notifications");

        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form("#notifications-form"), new()
        {
            ["Input.QuietHoursStart"] = "22", ["Input.QuietHoursEnd"] = "",
        }));

        Assert.Contains("Quiet hours need an end hour as well as a start hour.", refused.QuerySelector("[data-valmsg-for='Input.QuietHoursEnd']")?.TextContent);
    }

    [Fact]
    public async Task Send_me_a_preview_now_mails_the_digest_with_and_without_htmx()
    {
        var client = await app.ConfirmedSignedInAsync();
        var page = await client.GetDocumentAsync("/settings/notifications");

        var plain = await client.SubmitAsync(page.Form("form[action*='kind=morning']"), []);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        await sink.WaitForAsync(1);

        var request = new HttpRequestMessage(HttpMethod.Post, page.Form("form[action*='kind=evening']").GetAttribute("hx-post"));
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.AntiforgeryToken());
        request.Content = new FormUrlEncodedContent([]);
        var htmx = await client.SendAsync(request);

        Assert.Contains("evening summary is on its way", string.Join(" ", htmx.Headers.GetValues("HX-Trigger")));
        var messages = await sink.WaitForAsync(2);
        Assert.Equal(["A quiet day in your job search", "Nothing new this morning"], messages.Select(m => m.Subject).Order());
    }

    [Fact]
    public async Task A_preview_of_a_digest_that_is_off_says_so()
    {
        var client = await app.ConfirmedSignedInAsync();
        var page = await client.GetDocumentAsync("/settings/notifications");
        await client.SubmitAsync(page.Form("#notifications-form"), new() { ["Input.MorningDigest"] = "false", ["Input.EveningDigest"] = "true" });
        page = await client.GetDocumentAsync("/settings/notifications");

        var answer = await client.SubmitAsync(page.Form("form[action*='kind=morning']"), []);
        var flashed = await client.GetDocumentAsync(answer.Headers.Location!.OriginalString);

        Assert.Contains("The morning briefing is off.", flashed.Body!.TextContent);
        Assert.Equal(0, sink.Count);
    }

    [Fact]
    public async Task A_junk_alert_score_is_shown_beside_the_field_and_nothing_is_saved()
    {
        var email = app.NewEmail();
        var client = await app.SignedInAsync(email);
        var page = await client.GetDocumentAsync("/settings/notifications");

        var refused = await client.SubmitAsync(page.Form("#notifications-form"), new()
        {
            ["Input.MorningDigest"] = "false", ["Input.EveningDigest"] = "false", ["Input.AlertMinScore"] = "lots",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = await HtmlClient.ParseAsync(refused);
        Assert.Contains("lots", document.QuerySelector("[data-valmsg-for='Input.AlertMinScore']")?.TextContent);
        Assert.Null(document.QuerySelector("#notifications-form .alert-success"));
        Assert.NotNull(document.QuerySelector(".confirm-email-notice")); // The whole page, notice included.
        await using var db = app.Db();
        var profile = await db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == db.Users.Single(u => u.Email == email).Id);
        Assert.Equal((true, true), (profile.MorningDigest, profile.EveningDigest));
    }

    [Fact]
    public async Task An_unconfirmed_address_is_told_so_and_a_new_confirmation_link_confirms_it()
    {
        var email = app.NewEmail();
        var client = await app.SignedInAsync(email);
        await app.ConfirmationMailAsync(email);
        sink.Clear();
        var page = await client.GetDocumentAsync("/settings/notifications");
        Assert.Contains("Confirm your email address", page.QuerySelector(".confirm-email-notice")?.TextContent);

        var asked = await client.SubmitAsync(page.Form("form[action*='handler=Confirm']"), []);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var flashed = await client.GetDocumentAsync(asked.Headers.Location!.OriginalString);
        Assert.Contains("new confirmation link is on its way", flashed.Body!.TextContent);
        Assert.NotNull(flashed.QuerySelector(".confirm-email-notice"));

        await app.ConfirmAsync(email);
        Assert.Null((await client.GetDocumentAsync("/settings/notifications")).QuerySelector(".confirm-email-notice"));
    }

    [Fact]
    public async Task Asking_for_the_confirmation_again_too_often_is_refused()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/settings/notifications");
        var form = page.Form("form[action*='handler=Confirm']");

        for (var i = 0; i < 2; i++) await client.SubmitAsync(form, []);
        var refused = await client.SubmitAsync(form, []);
        var flashed = await client.GetDocumentAsync(refused.Headers.Location!.OriginalString);

        Assert.Contains("Too many confirmation mails", flashed.Body!.TextContent);
        await sink.WaitForAsync(3);
        await Task.Delay(200);
        Assert.Equal(3, sink.Count);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        sink.Dispose();
    }
}
