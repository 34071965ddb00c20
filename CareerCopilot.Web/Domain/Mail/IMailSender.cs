namespace CareerCopilot.Web.Domain.Mail;

/// <summary>Sends mail: over SMTP when a host is configured, else into the data directory's mail folder as <c>.eml</c> files.</summary>
public interface IMailSender
{
    /// <summary>True when messages go to a mail server (and on to the world), false when they stay in the mail folder.</summary>
    bool LeavesMachine { get; }

    /// <summary>Throws <see cref="MailNotSentException"/> when the message could not be handed over.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}

/// <summary>The mail server refused the message or could not be reached; the message is not sent.</summary>
public sealed class MailNotSentException(string message, Exception? inner = null) : Exception(message, inner);
