using CareerCopilot.Web.Domain.Mail;

namespace CareerCopilot.Web.Domain.Digests;

/// <summary>Turns a digest's content into a message: subject, HTML and text parts, the app's absolute links, its unsubscribe address.</summary>
public interface IDigestMailer
{
    Task<OutgoingMail> RenderAsync(DigestContent content, CancellationToken ct);
}
