namespace CareerCopilot.Web.Domain.Mail;

/// <summary>
/// One message to one person: both parts rendered, and the address that unsubscribes from this kind of mail
/// (sent as <c>List-Unsubscribe</c> with one-click <c>List-Unsubscribe-Post</c>) when it is a mailing.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string Html, string Text, Uri? Unsubscribe = null);
