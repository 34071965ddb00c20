using System.Net;
using CareerCopilot.Tests.Fakes;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class DigestsApiTests : IDisposable
{
    private readonly SmtpSink sink = new();

    [Fact]
    public async Task A_preview_is_sent_now_even_with_little_to_say_and_is_not_recorded()
    {
        await using var app = new DigestAppFactory(sink);
        var (api, userId, email) = await app.UserAsync(new { time_zone = "Europe/Berlin" });

        var response = await api.PostAsync("/api/v1/digests/evening/send", null);

        var body = await JsonAsync(response, HttpStatusCode.Accepted);
        Assert.Equal("evening", body.GetProperty("kind").GetString());
        var message = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Equal("A quiet day in your job search", message.Subject);
        Assert.Empty(await app.SendsAsync(userId));
    }

    [Fact]
    public async Task A_preview_of_a_digest_that_is_off_is_refused_as_unsubscribed()
    {
        await using var app = new DigestAppFactory(sink);
        var (api, _, _) = await app.UserAsync(new { morning_digest = false });

        var response = await api.PostAsync("/api/v1/digests/morning/send", null);

        await ProblemAsync(response, HttpStatusCode.Conflict, "unsubscribed");
        Assert.Equal(0, sink.Count);
    }

    [Fact]
    public async Task A_preview_for_an_unconfirmed_address_is_refused_when_mail_leaves_the_machine()
    {
        await using var app = new DigestAppFactory(sink);
        var (api, _, email) = await app.UserAsync(new { }, confirmed: false);
        await app.ConfirmationMailAsync(email);

        var response = await api.PostAsync("/api/v1/digests/morning/send", null);

        await ProblemAsync(response, HttpStatusCode.Conflict, "email_unconfirmed");
        await Task.Delay(200);
        Assert.Equal(1, sink.Count); // The confirmation mail only.
    }

    [Fact]
    public async Task A_preview_for_an_unconfirmed_address_goes_to_the_mail_folder_when_there_is_no_smtp()
    {
        await using var app = new DigestAppFactory(sink: null);
        var (api, _, _) = await app.UserAsync(new { });

        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync("/api/v1/digests/morning/send", null)).StatusCode);
        Assert.Single(Directory.GetFiles(Path.Combine(app.Data, CareerCopilot.Web.Infrastructure.Email.MailKitSender.PickupFolder), "*.eml"));
    }

    [Fact]
    public async Task An_unknown_kind_is_404()
    {
        await using var app = new DigestAppFactory(sink);
        var (api, _, _) = await app.UserAsync(new { });

        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/v1/digests/weekly/send", null)).StatusCode);
    }

    [Fact]
    public async Task Previews_asked_for_too_often_are_429_with_retry_after()
    {
        await using var app = new DigestAppFactory(sink);
        var (api, _, _) = await app.UserAsync(new { });

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync("/api/v1/digests/morning/send", null)).StatusCode);
        var refused = await api.PostAsync("/api/v1/digests/morning/send", null);

        await ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    public void Dispose() => sink.Dispose();
}
