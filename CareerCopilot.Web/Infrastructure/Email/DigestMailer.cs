using System.Globalization;
using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Domain.Mail;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Email.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CareerCopilot.Web.Infrastructure.Email;

/// <summary>
/// Renders a digest: the HTML part from Razor components (rendered to a string, no request needed), the text part from the
/// same content, absolute links from <see cref="AppAddress"/> (the scheduler has no request), and the signed unsubscribe link.
/// </summary>
public sealed class DigestMailer(IServiceProvider services, ILoggerFactory logging, AppAddress address, LinkGenerator links, UnsubscribeTokens tokens)
    : IDigestMailer
{
    public async Task<OutgoingMail> RenderAsync(DigestContent content, CancellationToken ct)
    {
        var mailLinks = LinksFor(content.To.UserId, content.Kind);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = content, ["Links"] = mailLinks });
        // A renderer per mail: a renderer keeps every root component it rendered until it is disposed.
        await using var renderer = new HtmlRenderer(services, logging);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = content is MorningDigest
                ? await renderer.RenderComponentAsync<MorningMail>(parameters)
                : await renderer.RenderComponentAsync<EveningMail>(parameters);
            return output.ToHtmlString();
        });
        return new OutgoingMail(content.To.Email, DigestWording.Subject(content), html, DigestText.Render(content, mailLinks), new Uri(mailLinks.Unsubscribe));
    }

    public DigestLinks LinksFor(int userId, DigestKind kind)
    {
        var standIn = int.MaxValue.ToString(CultureInfo.InvariantCulture);
        return new DigestLinks(
            Home: Page("/Index"),
            Jobs: Page("/Jobs/Index"),
            Board: Page("/Applications/Index"),
            Settings: Page("/Settings/Notifications"),
            Unsubscribe: UnsubscribeUrl(userId, kind),
            JobTemplate: Page("/Jobs/Details", new { id = int.MaxValue }).Replace(standIn, DigestLinks.IdMarker, StringComparison.Ordinal));
    }

    public string UnsubscribeUrl(int userId, DigestKind kind) =>
        Page("/Unsubscribe", new { kind = kind.ToString().ToLowerInvariant(), token = tokens.Issue(userId, kind) });

    private string Page(string page, object? values = null) =>
        address.Absolute(links.GetPathByPage(page, handler: null, values) ?? throw new InvalidOperationException($"No route to {page}."));
}
