using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Infrastructure.JobSources;
using SmartReader;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>
/// The last reading of a page with no structured data: its OpenGraph and meta tags, its title and first heading, and
/// the readable main text (SmartReader). Titles are split the ways job sites write them ("Engineer at Acme",
/// "Acme hiring Engineer in Berlin | LinkedIn", "Engineer - Acme - Berlin | Indeed", "Acme - Engineer"), the part that
/// reads as a job title taken as the title; a location comes from the title, a location element, or a "Location:" line.
/// </summary>
public sealed partial class MetaExtractor : IJobPageExtractor
{
    private static readonly string[] RoleWords =
    [
        "engineer", "developer", "manager", "designer", "analyst", "scientist", "architect", "lead", "head", "director",
        "intern", "specialist", "consultant", "administrator", "officer", "assistant", "coordinator", "associate", "technician",
        "nurse", "teacher", "accountant", "writer", "editor", "recruiter", "sales", "support", "representative", "programmer",
        "devops", "sre", "product", "marketing", "operations", "owner", "principal", "staff", "junior", "senior", "werkstudent",
        "entwickler", "berater", "chef", "cook", "driver", "agent", "executive", "researcher", "tester", "qa",
    ];

    private static readonly string[] SiteSuffixes = ["linkedin", "indeed", "indeed.com", "glassdoor", "careers", "jobs", "job", "stellenangebot"];

    public async ValueTask<FoundJob?> ReadAsync(JobPage page, CancellationToken ct)
    {
        var doc = page.Document;
        var siteName = Meta(doc, "og:site_name");
        var ogTitle = Meta(doc, "og:title") ?? Meta(doc, "twitter:title");
        var heading = Clean(doc.QuerySelector("h1")?.TextContent);
        var pageTitle = Clean(doc.Title);

        var split = Split(ogTitle ?? "", siteName) ?? Split(pageTitle, siteName);
        var title = split?.Title ?? (heading.Length > 0 ? heading : ogTitle ?? pageTitle);
        if (heading.Length > 0 && LooksLikeRole(heading) && (split is null || !LooksLikeRole(split.Value.Title))) title = heading;
        var companyElement = Clean(doc.QuerySelector("[class*=company i], [class*=employer i], [data-company]")?.TextContent);
        var company = split?.Company ?? (companyElement.Length is > 0 and <= 100 ? companyElement : null);
        company ??= siteName is { } site && !IsSiteSuffix(site) ? site : null;
        company ??= HostName(page.Url);

        var location = split?.Location ?? LocationElement(doc) ?? LocationLine(doc);
        var description = await MainTextAsync(page, ct) ?? Meta(doc, "og:description") ?? Meta(doc, "description");
        var words = $"{title} {location} {Meta(doc, "og:description")}";
        if (Clean(title).Length == 0) return null;
        return new FoundJob
        {
            Title = JobPostingValues.Capped(Clean(title)),
            Company = JobPostingValues.Capped(Clean(company)),
            Location = location is null ? null : JobPostingValues.Capped(location),
            Remote = BoardValues.RemoteFrom(location) == RemoteMode.Remote || RemoteWords().IsMatch(words) ? RemoteMode.Remote : RemoteMode.Unknown,
            EmploymentType = EmploymentWords().Match(description ?? "") is { Success: true } m ? BoardValues.EmploymentTypeFrom(m.Value) : null,
            DescriptionText = description,
            Via = "page",
        };
    }

    private static async Task<string?> MainTextAsync(JobPage page, CancellationToken ct)
    {
        using var reader = new Reader(page.Url.AbsoluteUri, page.Html);
        var article = await reader.GetArticleAsync(ct);
        // A short posting is often too little for a reading view: its main element's text stands in.
        var html = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? article.Content
            : page.Document.QuerySelector("main, article, [role=main], #content, [class*=description i]")?.InnerHtml;
        return HtmlContent.Text(html) is { } text ? Domain.Common.Text.Clean(text) : null;
    }

    /// <summary>A title split into the job, the employer and perhaps a place; null when it does not split.</summary>
    public static (string Title, string? Company, string? Location)? Split(string text, string? siteName)
    {
        text = ApplicationFor().Replace(Clean(text), "");
        if (text.Length == 0) return null;
        // The site's name at the end says nothing about the job: "... | LinkedIn", "... - Indeed.com".
        var parts = Separators().Split(text).Select(Clean).Where(p => p.Length > 0).ToList();
        while (parts.Count > 1 && (IsSiteSuffix(parts[^1]) || (siteName is not null && parts[^1].Equals(siteName, StringComparison.OrdinalIgnoreCase)
                   && parts.Count > 2)))
            parts.RemoveAt(parts.Count - 1);
        var joined = string.Join(" - ", parts);

        if (Hiring().Match(parts[0]) is { Success: true } hiring)
            return (hiring.Groups["title"].Value.Trim(), hiring.Groups["company"].Value.Trim(), NullIfEmpty(hiring.Groups["place"].Value));
        if (parts.Count == 1 && At().Match(parts[0]) is { Success: true } at)
            return (at.Groups["title"].Value.Trim(), at.Groups["company"].Value.Trim(), null);
        if (parts.Count >= 3)
        {
            var roleIndex = parts.FindIndex(LooksLikeRole);
            if (roleIndex == 0) return (parts[0], parts[1], parts[2]);
            if (roleIndex == 1) return (parts[1], parts[0], parts[2]);
        }
        if (parts.Count == 2)
        {
            if (At().Match(parts[0]) is { Success: true } at2)
                return (at2.Groups["title"].Value.Trim(), at2.Groups["company"].Value.Trim(), parts[1]);
            var firstIsRole = LooksLikeRole(parts[0]);
            var secondIsRole = LooksLikeRole(parts[1]);
            if (siteName is not null && parts[1].Equals(siteName, StringComparison.OrdinalIgnoreCase)) return (parts[0], parts[1], null);
            if (siteName is not null && parts[0].Equals(siteName, StringComparison.OrdinalIgnoreCase)) return (parts[1], parts[0], null);
            if (secondIsRole && !firstIsRole) return (parts[1], parts[0], null);
            return (parts[0], parts[1], null);
        }
        return joined == text ? null : (joined, null, null);
    }

    private static bool LooksLikeRole(string text)
    {
        var lower = text.ToLowerInvariant();
        return RoleWords.Any(w => Regex.IsMatch(lower, $@"\b{Regex.Escape(w)}"));
    }

    private static bool IsSiteSuffix(string part) =>
        SiteSuffixes.Any(s => part.Equals(s, StringComparison.OrdinalIgnoreCase)) || part.EndsWith(" careers", StringComparison.OrdinalIgnoreCase)
        || part.EndsWith(" jobs", StringComparison.OrdinalIgnoreCase);

    private static string? LocationElement(IDocument doc)
    {
        foreach (var element in doc.QuerySelectorAll("[class*=location i], [id*=location i], [data-testid*=location i], [class*=topcard__flavor--bullet]"))
        {
            var text = Clean(element.TextContent);
            text = LocationLabel().Replace(text, "");
            if (text.Length is > 1 and <= 80) return text;
        }
        return null;
    }

    /// <summary>A short block that says "Location: ..." (or "Standort: ...").</summary>
    private static string? LocationLine(IDocument doc)
    {
        foreach (var element in doc.QuerySelectorAll("p, li, dd, dt, div, span, td"))
        {
            var text = Clean(element.TextContent);
            if (text.Length > 100) continue;
            if (LocationLineRegex().Match(text) is { Success: true } match && NullIfEmpty(Clean(match.Groups["place"].Value)) is { } place) return place;
        }
        return null;
    }

    /// <summary>A company's name from the host when nothing else names it: careers.acme-corp.com reads "Acme Corp".</summary>
    private static string? HostName(Uri url)
    {
        var labels = url.Host.Split('.').Where(l => l is not ("www" or "careers" or "jobs" or "apply" or "boards" or "job-boards")).ToList();
        if (labels.Count == 0 || url.HostNameType != UriHostNameType.Dns) return null;
        var name = labels.Count >= 2 ? labels[^2] : labels[0];
        return name is "localhost" ? null : BoardValues.CompanyFromKey(name);
    }

    private static string? Meta(IDocument doc, string name)
    {
        var element = doc.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase));
        return NullIfEmpty(Clean(element?.GetAttribute("content")));
    }

    private static string Clean(string? text) => JobPostingValues.Clean(text);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"\s+[|–—·]\s+|\s+-\s+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?<company>.+?)\s+(?:is\s+)?hiring\s*:?\s+(?:an?\s+)?(?<title>.+?)(?:\s+in\s+(?<place>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Hiring();

    [GeneratedRegex(@"^(?<title>.+?)\s+(?:at|@|bei|chez)\s+(?<company>[^,]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex At();

    [GeneratedRegex(@"^(job )?application for\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationFor();

    [GeneratedRegex(@"^\s*(location|standort|ort)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LocationLabel();

    [GeneratedRegex(@"^(?:Location|Standort|Job location)\s*:\s*(?<place>[^\n\r|•]{2,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationLineRegex();

    [GeneratedRegex(@"\b(remote|work from home|telecommute)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteWords();

    [GeneratedRegex(@"\b(full[- ]time|part[- ]time|contract|internship|temporary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmploymentWords();
}
