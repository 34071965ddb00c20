using CareerCopilot.Web.Domain.Mail;
using CareerCopilot.Web.Hosting;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Polly.Retry;

namespace CareerCopilot.Web.Infrastructure.Email;

/// <summary>
/// Mail through MailKit: over SMTP with retries and a growing wait between them, or, with no SMTP host, as <c>.eml</c>
/// files in the data directory's <c>mail</c> folder so a newcomer can read their digest anyway.
/// </summary>
public sealed class MailKitSender(IOptions<SmtpOptions> options, DataDirectory data, TimeProvider clock, ILogger<MailKitSender> log) : IMailSender
{
    public const string PickupFolder = "mail";

    private readonly SmtpOptions smtp = options.Value;

    public bool LeavesMachine => !smtp.UsesPickupDirectory;

    private readonly ResiliencePipeline retries = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(0, options.Value.MaxAttempts - 1),
            Delay = options.Value.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            // A message the server refused for what it is (a bad recipient) fails the same way again; anything else may pass.
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not (OperationCanceledException or SmtpCommandException
                { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted })),
            OnRetry = args =>
            {
                log.LogWarning(args.Outcome.Exception, "Mail not sent on try {Attempt}; trying again in {Delay}", args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    public string PickupDirectory => data.File(PickupFolder);

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        MimeMessage message;
        try
        {
            message = Compose(mail);
        }
        catch (ParseException e)
        {
            // An address sign-up let through that a message cannot carry, or a bad Smtp:From: not sent, and said so.
            throw new MailNotSentException($"The message could not be addressed: {e.Message}", e);
        }
        if (smtp.UsesPickupDirectory)
        {
            await WriteToPickupAsync(message, ct);
            return;
        }
        try
        {
            await retries.ExecuteAsync(async token => await SendOverSmtpAsync(message, token), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new MailNotSentException($"The mail server did not take the message: {e.Message}", e);
        }
    }

    private MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = clock.GetUtcNow();
        if (mail.Unsubscribe is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe.AbsoluteUri}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    private async Task SendOverSmtpAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is IOException or ProtocolException or TimeoutException)
        {
            // The message was taken; a goodbye that fails must not send it again.
            log.LogInformation(e, "The mail server took the message but the goodbye failed");
        }
    }

    /// <summary>Written under a temporary name and renamed, so a reader of the folder never sees half a message.</summary>
    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(PickupDirectory);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var partial = Path.Combine(PickupDirectory, name + ".part");
        await message.WriteToAsync(partial, ct);
        File.Move(partial, Path.Combine(PickupDirectory, name));
    }
}
