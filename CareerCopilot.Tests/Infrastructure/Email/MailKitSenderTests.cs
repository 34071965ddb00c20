using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Mail;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareerCopilot.Tests.Infrastructure.Email;

public sealed class MailKitSenderTests : IDisposable
{
    private static readonly OutgoingMail Mail = new("ana@example.test", "Your morning briefing", "<p>Good <b>morning</b></p>", "Good morning",
        new Uri("https://careers.example.test/unsubscribe?token=abc"));

    private readonly DataDirectory data = new(Directory.CreateTempSubdirectory("cc-mail-").FullName);
    private readonly SmtpSink sink = new();

    private MailKitSender Sender(string? host, int? port = null, int attempts = 3) => new(
        Options.Create(new SmtpOptions { Host = host, Port = port ?? sink.Port, UseTls = false, MaxAttempts = attempts, RetryDelay = TimeSpan.FromMilliseconds(10) }),
        data, TimeProvider.System, NullLogger<MailKitSender>.Instance);

    [Fact]
    public async Task Over_smtp_the_message_arrives_with_both_parts_and_one_click_unsubscribe_headers()
    {
        await Sender("127.0.0.1").SendAsync(Mail, CancellationToken.None);

        var message = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal("Your morning briefing", message.Subject);
        Assert.Equal("ana@example.test", message.To.Mailboxes.Single().Address);
        Assert.Contains("<b>morning</b>", message.HtmlBody);
        Assert.Equal("Good morning", message.TextBody?.Trim());
        Assert.Equal("<https://careers.example.test/unsubscribe?token=abc>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task With_no_host_the_message_is_an_eml_file_in_the_mail_folder()
    {
        await Sender(host: null).SendAsync(Mail, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(data.File(MailKitSender.PickupFolder)));
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Your morning briefing", message.Subject);
        Assert.Contains("<b>morning</b>", message.HtmlBody);
        Assert.Equal(0, sink.Count);
    }

    [Fact]
    public async Task A_server_that_is_down_is_tried_again_and_then_reported_as_not_sent()
    {
        var port = sink.Port;
        sink.Stop();

        var refused = await Assert.ThrowsAsync<MailNotSentException>(() => Sender("127.0.0.1", port, attempts: 2).SendAsync(Mail, CancellationToken.None));
        Assert.Contains("did not take the message", refused.Message);
    }

    [Fact]
    public async Task An_address_a_message_cannot_carry_is_reported_as_not_sent()
    {
        var refused = await Assert.ThrowsAsync<MailNotSentException>(() =>
            Sender("127.0.0.1").SendAsync(Mail with { To = "a,b(@example.test" }, CancellationToken.None));

        Assert.Contains("could not be addressed", refused.Message);
        Assert.Equal(0, sink.Count);
    }

    public void Dispose()
    {
        sink.Dispose();
        try { Directory.Delete(data.Path, recursive: true); } catch (IOException) { }
    }
}
