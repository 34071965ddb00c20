using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.Web.JobPages;
using MimeKit;

namespace CareerCopilot.Web.Infrastructure.Email;

/// <summary>
/// Reads a job-alert email: its HTML part when it has one, else its text. In HTML, every link that looks like a job's
/// (LinkedIn's /jobs/view/, Indeed's viewjob and rc/clk, Glassdoor's job-listing and partner links, any ATS page, or a
/// path that says job, career, position or vacancy) is kept with the title and company its card shows; unsubscribe,
/// settings, help and tracking-pixel links are dropped. Each job once, by its link's key.
/// </summary>
public sealed partial class AlertEmailReader : IAlertEmailReader
{
    public const int MaxLinks = 100;
    private const int MaxAnchors = 2000;
    private const int MaxDepth = 100;

    private static readonly HtmlParser Parser = new();

    private static readonly string[] NotJobWords =
    [
        "unsubscribe", "settings", "preferences", "privacy", "help", "terms", "feedback", "manage", "alert", "login",
        "signin", "sign-in", "password", "notification", "email-pref", "mailto", "app-store", "apps.apple", "play.google",
        "/search", "/salary", "/company/", "/companies/", "/reviews", "/profile", "/premium", "/feed", "pixel", "/open?", "beacon",
    ];

    public async Task<IReadOnlyList<EmailJobLink>> ReadAsync(Stream eml, CancellationToken ct)
    {
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(eml, ct);
        }
        catch (FormatException e)
        {
            throw new UnreadableEmailException($"The file could not be read as an email ({e.Message}). Save the alert as an .eml file and upload that.");
        }
        if (message.HtmlBody is { Length: > 0 } html) return FromHtml(html);
        if (message.TextBody is { Length: > 0 } text) return FromText(text);
        throw new UnreadableEmailException("The email has no text to read job links from.");
    }

    public static IReadOnlyList<EmailJobLink> FromHtml(string html)
    {
        using var document = Parser.ParseDocument(Domain.Common.Text.Clean(html));
        var links = new List<EmailJobLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A real alert holds dozens of links; a hostile email's thousands are not each read with their card.
        foreach (var anchor in document.QuerySelectorAll("a[href]").Take(MaxAnchors))
        {
            var href = WebUtility.HtmlDecode(anchor.GetAttribute("href")!.Trim());
            if (!IsJobLink(href, out var url) || PostingKeys.Url(url) is not { } key) continue;
            if (!seen.Add(key))
            {
                // The same job linked twice in one card (its picture and its title): keep what either says.
                var existing = links.FindIndex(l => PostingKeys.Url(l.Url) == key);
                if (existing >= 0 && (links[existing].Title is null || links[existing].Company is null))
                {
                    var (more, from) = CardOf(anchor);
                    links[existing] = links[existing] with { Title = links[existing].Title ?? more, Company = links[existing].Company ?? from };
                }
                continue;
            }
            var (title, company) = CardOf(anchor);
            links.Add(new EmailJobLink(url, title, company));
            if (links.Count == MaxLinks) break;
        }
        return links;
    }

    public static IReadOnlyList<EmailJobLink> FromText(string text)
    {
        var links = new List<EmailJobLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length && links.Count < MaxLinks; i++)
        {
            foreach (Match m in TextLink().Matches(lines[i]))
            {
                if (!IsJobLink(m.Value.TrimEnd('.', ',', ')', '>'), out var url) || PostingKeys.Url(url) is not { } key || !seen.Add(key)) continue;
                // Plain-text alerts put the title and company on the lines just above the link.
                var before = lines[..i].Reverse().Select(l => JobPostingValues.Clean(l)).Where(l => l.Length > 0 && !TextLink().IsMatch(l)).Take(2).ToList();
                var line = JobPostingValues.Clean(TextLink().Replace(lines[i], "")).TrimEnd(':', '-', ' ');
                var (title, company) = line.Length > 3 ? SplitCard(line) : before.Count switch
                {
                    0 => (null, null),
                    1 => SplitCard(before[0]),
                    _ => SplitCard(before[0]) is { Company: not null } single ? single : (before[1], before[0]),
                };
                links.Add(new EmailJobLink(url, title, company));
            }
        }
        return links;
    }

    /// <summary>A job link, unwrapped from a redirect that carries the real one in a parameter.</summary>
    private static bool IsJobLink(string href, out string url)
    {
        url = href;
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)) return false;
        if (Wrapped(uri) is { } inner) { uri = inner; url = inner.AbsoluteUri; }
        // Only the host and path say what a link is: a query says where it was clicked ("utm_source=jobsAlert").
        var lower = (uri.Host + uri.AbsolutePath).ToLowerInvariant();
        if (NotJobWords.Any(lower.Contains)) return false;
        url = Canonical(uri)?.AbsoluteUri ?? url;
        if (AtsLinks.Recognise(uri) is not null) return true;
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.ToLowerInvariant();
        if (host.EndsWith("linkedin.com", StringComparison.Ordinal)) return path.Contains("/jobs/view/", StringComparison.Ordinal);
        if (host.Contains("indeed.", StringComparison.Ordinal)) return path.Contains("viewjob", StringComparison.Ordinal) || path.StartsWith("/rc/clk", StringComparison.Ordinal) || path.Contains("/job/", StringComparison.Ordinal);
        if (host.Contains("glassdoor.", StringComparison.Ordinal)) return path.Contains("job-listing", StringComparison.Ordinal) || path.Contains("/partner/joblisting", StringComparison.Ordinal);
        return JobPath().IsMatch(path);
    }

    /// <summary>
    /// A board's job link without the email's tracking (LinkedIn adds several parameters per link, and one job has two
    /// links in a card): LinkedIn's /jobs/view/{id}/ and Indeed's viewjob?jk={key}; null for other links.
    /// </summary>
    private static Uri? Canonical(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        if (host.EndsWith("linkedin.com", StringComparison.Ordinal) && LinkedInJob().Match(uri.AbsolutePath) is { Success: true } li)
            return new Uri($"https://www.linkedin.com/jobs/view/{li.Groups[1].Value}/");
        if (host.Contains("indeed.", StringComparison.Ordinal) && IndeedKey().Match(uri.Query) is { Success: true } jk)
            return new Uri($"https://{uri.Host}/viewjob?jk={jk.Groups[1].Value}");
        return null;
    }

    [GeneratedRegex(@"/jobs/view/(?:[^/]*?-)?(\d{6,})")]
    private static partial Regex LinkedInJob();

    [GeneratedRegex(@"[?&]jk=([A-Za-z0-9]{8,32})")]
    private static partial Regex IndeedKey();

    /// <summary>A tracking redirect's target: ?url=, ?u=, ?dest=, ?target= holding an absolute link.</summary>
    private static Uri? Wrapped(Uri uri)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0].ToLowerInvariant() is "url" or "u" or "dest" or "target" or "redirect"
                && Uri.TryCreate(Uri.UnescapeDataString(parts[1]), UriKind.Absolute, out var inner)
                && (inner.Scheme == Uri.UriSchemeHttps || inner.Scheme == Uri.UriSchemeHttp))
                return inner;
        }
        return null;
    }

    /// <summary>
    /// The title and company of a link's card: the link's own text is the title (unless it is "View job" or a picture),
    /// and the next short lines of the smallest block around it that holds other text name the company.
    /// </summary>
    private static (string? Title, string? Company) CardOf(IElement anchor)
    {
        var own = JobPostingValues.Clean(anchor.TextContent);
        var card = anchor.ParentElement;
        for (var i = 0; i < 4 && card is not null && Lines(card).Count < 2; i++) card = card.ParentElement;
        var lines = card is null ? [] : Lines(card);
        string? title = own.Length is > 2 and <= 150 && !Generic().IsMatch(own) ? own : null;
        title ??= lines.FirstOrDefault(l => !Generic().IsMatch(l));
        if (title is not null && SplitCard(title) is { Company: not null } split && lines.Count < 2) return split;
        // The company is on the line after the title, unless the card names it first (Glassdoor puts it above).
        var before = lines.TakeWhile(l => l != title).Where(l => !Generic().IsMatch(l)).ToList();
        var after = lines.SkipWhile(l => l != title).Skip(1).Where(l => !Generic().IsMatch(l)).ToList();
        var company = before.Count > 0 && lines.Contains(title ?? "") ? before[^1] : after.FirstOrDefault();
        if (company is not null && (company.Contains(" · ", StringComparison.Ordinal) || company.Contains(" - ", StringComparison.Ordinal)))
            company = company.Split([" · ", " - "], StringSplitOptions.TrimEntries)[0];
        return (title, company is { Length: > 0 and <= 150 } ? company : null);
    }

    private static List<string> Lines(IElement element)
    {
        var lines = new List<string>();
        Collect(element, lines, depth: 0);
        return lines.Select(l => JobPostingValues.Clean(l)).Where(l => l.Length > 0).Distinct().ToList();
    }

    /// <summary>A card's text by lines; nesting past <see cref="MaxDepth"/> (no real email's) is not read.</summary>
    private static void Collect(INode node, List<string> lines, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (lines.Count == 0) lines.Add("");
                lines[^1] += text.Data;
            }
            else if (child is IElement element && element.LocalName is not ("style" or "script"))
            {
                var block = element.LocalName is "p" or "div" or "td" or "tr" or "br" or "li" or "h1" or "h2" or "h3" or "h4" or "table" or "a";
                if (block) lines.Add("");
                Collect(element, lines, depth + 1);
                if (block) lines.Add("");
            }
        }
    }

    /// <summary>"Engineer at Acme", "Engineer - Acme", "Acme: Engineer" read as a title and a company.</summary>
    private static (string? Title, string? Company) SplitCard(string line)
    {
        var at = CardAt().Match(line);
        if (at.Success) return (at.Groups[1].Value.Trim(), at.Groups[2].Value.Trim());
        var parts = line.Split([" - ", " – ", " | ", " · "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? (parts[0], parts[1]) : (line, null);
    }

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex TextLink();

    [GeneratedRegex(@"/(jobs?|careers?|positions?|vacanc(y|ies)|openings?|stellen(angebote)?|o)/[^/]+", RegexOptions.IgnoreCase)]
    private static partial Regex JobPath();

    [GeneratedRegex(@"^(view( job| details)?|apply( now)?|see (job|more)|more|easy apply|new|actively recruiting|promoted|\d+ (days?|hours?|weeks?) ago|.*applicants?|be an early applicant|unsubscribe.*|\$.*|€.*|£.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    [GeneratedRegex(@"^(.{3,120}?)\s+at\s+(.{2,100})$", RegexOptions.IgnoreCase)]
    private static partial Regex CardAt();
}
