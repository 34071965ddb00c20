using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Infrastructure.Email;
using MimeKit;

namespace CareerCopilot.Tests.Infrastructure.Scheduling;

/// <summary>The hourly digest run against the app's real database and an SMTP sink: once each, at the right hour, whatever fails.</summary>
public sealed class DigestRunTests : IDisposable
{
    private static readonly DateTimeOffset BerlinMorning = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);

    private readonly SmtpSink sink = new();
    private readonly string shared = Directory.CreateTempSubdirectory("cc-digests-").FullName;

    private static readonly object Berlin = new { skills = new[] { "C#" }, time_zone = "Europe/Berlin", evening_digest = false };

    [Fact]
    public async Task Tokyo_New_York_and_Berlin_each_get_their_eight_oclock_mail_at_the_right_utc_hour_once_across_a_daylight_saving_change()
    {
        await using var app = new DigestAppFactory(sink);
        // Berlin moves to summer time at 01:00 UTC on 28 March 2027; New York moved on 14 March; Tokyo never does.
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 27, 15, 0, 0, TimeSpan.Zero));
        var zones = new[] { "Asia/Tokyo", "America/New_York", "Europe/Berlin" };
        var users = new Dictionary<string, (int Id, string Email)>();
        foreach (var zone in zones)
        {
            var (_, id, email) = await app.UserAsync(new { skills = new[] { "C#" }, time_zone = zone, evening_digest = false });
            await app.ArrivedJobAsync(id, $"Engineer in {zone}", "Contoso", "C#");
            users[zone] = (id, email);
        }

        var start = new DateTimeOffset(2027, 3, 27, 16, 0, 0, TimeSpan.Zero);
        for (var hour = 0; hour < 24; hour++) await app.RunAtAsync(start.AddHours(hour));

        async Task<DateTime?> SentAtAsync(string zone) => Assert.Single(await app.SendsAsync(users[zone].Id)).SentAt;
        Assert.Equal(new DateTime(2027, 3, 27, 23, 0, 0, DateTimeKind.Utc), await SentAtAsync("Asia/Tokyo"));
        Assert.Equal(new DateTime(2027, 3, 28, 6, 0, 0, DateTimeKind.Utc), await SentAtAsync("Europe/Berlin")); // 07:00 UTC the day before
        Assert.Equal(new DateTime(2027, 3, 28, 12, 0, 0, DateTimeKind.Utc), await SentAtAsync("America/New_York"));
        var messages = await sink.WaitForAsync(3);
        Assert.Equal(users.Values.Select(u => u.Email).Order(), messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(3, sink.Count);
    }

    [Fact]
    public async Task A_second_host_over_the_same_database_sends_nothing_twice()
    {
        string email;
        await using (var first = new DigestAppFactory(sink, shared))
        {
            var (_, id, address) = await first.UserAsync(Berlin);
            email = address;
            await first.ArrivedJobAsync(id, "Engineer", "Contoso", "C#");
            await first.RunAtAsync(BerlinMorning);
        }
        await sink.WaitForAsync(1);

        await using var second = new DigestAppFactory(sink, shared);
        var again = await second.RunAtAsync(BerlinMorning.AddMinutes(5));
        var later = await second.RunAtAsync(BerlinMorning.AddHours(1));

        Assert.Equal((0, 1), (again.Sent, again.Skipped));
        Assert.Equal(0, later.Sent);
        await Task.Delay(200);
        Assert.Equal(email, Assert.Single(sink.Messages).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_is_recorded_as_failed_and_tried_again_within_the_window()
    {
        int userId;
        var down = new SmtpSink();
        await using (var first = new DigestAppFactory(down, shared))
        {
            (_, userId, _) = await first.UserAsync(Berlin);
            await first.ArrivedJobAsync(userId, "Engineer", "Contoso", "C#");
            down.Stop();

            var summary = await first.RunAtAsync(BerlinMorning);

            Assert.Equal(1, summary.Failed);
            var failed = Assert.Single(await first.SendsAsync(userId));
            Assert.Equal((DigestSendStatus.Failed, 1), (failed.Status, failed.Attempts));
            Assert.Contains("did not take the message", failed.Error);
        }
        down.Dispose();

        // The server is back an hour later: the next run tries again and the mail goes out, once.
        await using var second = new DigestAppFactory(sink, shared);
        var retry = await second.RunAtAsync(BerlinMorning.AddHours(1));
        await second.RunAtAsync(BerlinMorning.AddHours(2));

        Assert.Equal((1, 1), (retry.Sent, retry.Retried));
        Assert.Single(await sink.WaitForAsync(1));
        var sent = Assert.Single(await second.SendsAsync(userId));
        Assert.Equal((DigestSendStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.Error));
    }

    [Fact]
    public async Task A_digest_that_keeps_failing_is_tried_three_times_and_then_left_alone()
    {
        var down = new SmtpSink();
        await using var app = new DigestAppFactory(down);
        var (_, userId, _) = await app.UserAsync(Berlin);
        await app.ArrivedJobAsync(userId, "Engineer", "Contoso", "C#");
        down.Stop();

        for (var hour = 0; hour < 4; hour++) await app.RunAtAsync(BerlinMorning.AddHours(hour));

        var row = Assert.Single(await app.SendsAsync(userId));
        Assert.Equal((DigestSendStatus.Failed, DigestService.MaxAttempts), (row.Status, row.Attempts));
        down.Dispose();
    }

    [Fact]
    public async Task Nothing_to_say_sends_no_mail_and_is_recorded_as_empty()
    {
        await using var app = new DigestAppFactory(sink);
        var (_, userId, _) = await app.UserAsync(Berlin);

        var summary = await app.RunAtAsync(BerlinMorning);

        Assert.Equal((0, 1), (summary.Sent, summary.Empty));
        Assert.Equal(DigestSendStatus.Empty, Assert.Single(await app.SendsAsync(userId)).Status);
        await Task.Delay(200);
        Assert.Equal(0, sink.Count);
    }

    [Fact]
    public async Task A_send_a_stopped_run_left_half_done_is_marked_interrupted_and_never_sent_again()
    {
        await using var app = new DigestAppFactory(sink);
        var (_, userId, _) = await app.UserAsync(Berlin);
        await app.ArrivedJobAsync(userId, "Engineer", "Contoso", "C#");
        await using (var db = app.Db())
        {
            db.DigestSends.Add(new DigestSend
            {
                UserId = userId, Kind = DigestKind.Morning, LocalDate = new DateOnly(2026, 11, 27), Status = DigestSendStatus.Sending,
                CreatedAt = BerlinMorning.UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        await app.RunAtAsync(BerlinMorning.AddHours(1).AddMinutes(30));
        await app.RunAtAsync(BerlinMorning.AddHours(2).AddMinutes(30));

        var row = Assert.Single(await app.SendsAsync(userId));
        Assert.Equal((DigestSendStatus.Failed, DigestService.Interrupted), (row.Status, row.Error));
        await Task.Delay(200);
        Assert.Equal(0, sink.Count);
    }

    [Fact]
    public async Task A_newcomer_with_no_smtp_finds_the_morning_briefing_as_an_eml_in_the_mail_folder_at_eight()
    {
        await using var app = new DigestAppFactory(sink: null);
        // 07:50 in Berlin: they sign up, and a job arrives.
        app.Clock.SetUtcNow(BerlinMorning.AddMinutes(-10));
        var (_, userId, email) = await app.UserAsync(new { skills = new[] { "C#" }, time_zone = "Europe/Berlin" });
        await app.ArrivedJobAsync(userId, "Junior Engineer", "Contoso", "C#");
        var folder = Path.Combine(app.Data, MailKitSender.PickupFolder);

        var early = await app.RunAtAsync(BerlinMorning.AddMinutes(-10));
        Assert.Equal(0, early.Sent);
        await app.RunAtAsync(BerlinMorning);

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        await using (var db = app.Db()) Assert.False(db.Users.Single(u => u.Id == userId).EmailConfirmed); // Nothing leaves the machine: no confirmation needed.
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Equal("1 new match", message.Subject);
        Assert.Contains("Junior Engineer", message.HtmlBody);
    }

    [Fact]
    public async Task An_unconfirmed_address_gets_no_digest_until_confirmed_and_then_the_next_run_sends_it()
    {
        await using var app = new DigestAppFactory(sink);
        var (api, userId, email) = await app.UserAsync(Berlin, confirmed: false);
        await app.ArrivedJobAsync(userId, "Engineer", "Contoso", "C#");
        await app.ConfirmationMailAsync(email);

        var unconfirmed = await app.RunAtAsync(BerlinMorning);
        var preview = await api.PostAsync("/api/v1/digests/morning/send", null);

        Assert.Equal(0, unconfirmed.Sent);
        Assert.Empty(await app.SendsAsync(userId)); // Not claimed, so the window stays open.
        Assert.Equal(System.Net.HttpStatusCode.Conflict, preview.StatusCode);
        Assert.Contains("email_unconfirmed", await preview.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Equal(1, sink.Count); // The confirmation mail only.

        await app.ConfirmAsync(email);
        var confirmed = await app.RunAtAsync(BerlinMorning.AddHours(1));

        Assert.Equal(1, confirmed.Sent);
        var message = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Equal(DigestSendStatus.Sent, Assert.Single(await app.SendsAsync(userId)).Status);
    }

    public void Dispose()
    {
        sink.Dispose();
        try { Directory.Delete(shared, recursive: true); } catch (IOException) { }
    }
}
