using System.Text.Json;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>
/// Hacker News' monthly "Ask HN: Who is hiring?" thread, read through its Algolia search: the newest such story by
/// the whoishiring account, then its comments, of which only the top-level ones (replies to the story itself) that are
/// not deleted, dead or empty are postings. Each posting's first line follows a convention,
/// <c>Company | Role | Location | REMOTE/ONSITE | Salary</c>, which <see cref="ReadFirstLine"/> reads without
/// trusting its order. A search text keeps only the comments that have all its words.
/// </summary>
public sealed partial class HackerNewsBoard(BoardHttp http) : IJobBoard
{
    public BoardType Type => BoardType.HackerNews;

    public async Task<BoardFetch> FetchAsync(BoardQuery query, CancellationToken ct)
    {
        var stories = (await http.GetAsync(Type, http.Endpoints.Address(Type,
            "/api/v1/search_by_date?tags=story,author_whoishiring&query=who%20is%20hiring&hitsPerPage=5"), ct)).Json();
        var story = stories.Arr("hits").Where(h => h.Str("objectID") is not null && ThreadTitle().IsMatch(h.Str("title") ?? ""))
            .OrderByDescending(h => h.Whole("created_at_i") ?? 0).Select(h => h.Str("objectID")).FirstOrDefault()
            ?? throw new BoardFetchException("Hacker News has no \"Ask HN: Who is hiring?\" thread among the whoishiring account's newest stories.");
        var comments = (await http.GetAsync(Type, http.Endpoints.Address(Type,
            $"/api/v1/search?tags=comment,story_{Uri.EscapeDataString(story)}&hitsPerPage=1000"), ct)).Json();
        if (comments.ValueKind != JsonValueKind.Object || comments.Get("hits") is not { ValueKind: JsonValueKind.Array })
            throw new BoardFetchException("Hacker News' answer has no list of comments.");
        var words = (query.Query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var postings = comments.Arr("hits").Where(c => c.Str("parent_id") == story && c.Bool("deleted") != true && c.Bool("dead") != true
                && !string.IsNullOrWhiteSpace(c.Str("comment_text")))
            .Select(c => (Comment: c, Content: HtmlContent.Clean(c.Str("comment_text"))))
            .Where(c => c.Content.Text is { } text && words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)));
        return Adapters.MapEach(postings, c => Map(c.Comment, c.Content.Html, c.Content.Text!));
    }

    private NormalisedPosting? Map(JsonElement comment, string? html, string text)
    {
        var line = ReadFirstLine(text.Split('\n')[0]);
        if (line is null) return null;
        var id = comment.Str("objectID") ?? "";
        return new NormalisedPosting
        {
            Board = Type,
            ExternalId = id,
            Title = line.Role,
            Company = line.Company,
            Locations = line.Locations.Select(l => new PostingLocation(l)).ToList(),
            Remote = line.Remote,
            EmploymentType = line.EmploymentType,
            Salary = line.Salary,
            DescriptionHtml = html,
            DescriptionText = text,
            Url = $"https://news.ycombinator.com/item?id={Uri.EscapeDataString(id)}",
            PostedAt = BoardValues.FromUnixSeconds(comment.Whole("created_at_i")) ?? BoardValues.DateFrom(comment.Str("created_at")),
        };
    }

    /// <summary>What a posting's first line says, by the thread's convention.</summary>
    public sealed record FirstLine(string Company, string Role, IReadOnlyList<string> Locations, RemoteMode Remote,
        EmploymentType? EmploymentType, PostingSalary? Salary);

    /// <summary>
    /// Reads <c>Company | Role | Location | REMOTE/ONSITE | Salary</c> in any order after the company (which comes
    /// first): pay is the part with a currency or a "k" amount, remote or on-site the part that says so (a place beside
    /// it is kept as a location), the role the first part that reads like a job title, links and funding notes passed
    /// over, and the first remaining part the place. Null when the line is not of that form.
    /// </summary>
    public static FirstLine? ReadFirstLine(string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return null;
        var company = CompanyNotes().Replace(parts[0], "").Trim();
        string? role = null;
        PostingSalary? salary = null;
        EmploymentType? type = null;
        var remote = RemoteMode.Unknown;
        var places = new List<string>();
        var remotePlaces = new List<string>();
        foreach (var part in parts.Skip(1))
        {
            if (Notes().IsMatch(part)) continue;
            if (LooksLikePay().IsMatch(part) && BoardValues.SalaryFromText(part) is { } pay) salary ??= pay;
            else if (EmploymentTypes().IsMatch(part)) type ??= BoardValues.EmploymentTypeFrom(part);
            else if (TitleWords().IsMatch(part)) role ??= part;
            else if (RemoteWords().IsMatch(part) && BoardValues.RemoteFrom(part) is not RemoteMode.Unknown and var mode)
            {
                remote = remote is RemoteMode.Unknown || mode is RemoteMode.Hybrid ? mode : remote;
                // "Remote (US)" and "Berlin or remote" also say where.
                if (RemoteWords().Replace(part, "").Any(char.IsLetter)) remotePlaces.Add(part);
            }
            else places.Add(part);
        }
        // No part reads like a title: by the convention the role is second.
        if (role is null && places.FirstOrDefault() == parts[1]) role = parts[1];
        places.Remove(role ?? "");
        if (company.Length == 0 || role is null) return null;
        // "Senior Engineer (Remote)".
        if (remote is RemoteMode.Unknown && BoardValues.RemoteFrom(role) is var inRole && inRole is RemoteMode.Remote or RemoteMode.Hybrid) remote = inRole;
        return new FirstLine(company, role, [.. places.Take(1), .. remotePlaces], remote, type, salary);
    }

    [GeneratedRegex(@"^Ask HN: Who is hiring\? \([A-Za-z]+ \d{4}\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ThreadTitle();

    /// <summary>"(YC W21)" and "(https://acme.com)" after a company's name.</summary>
    [GeneratedRegex(@"\((?:YC [A-Z]\d{2}|https?://[^)]*|[\w.-]+\.[a-z]{2,})\)", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyNotes();

    [GeneratedRegex(@"[$€£₹]|\b\d+(?:\.\d+)?\s?[kK]\b|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b|\bsalary\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikePay();

    [GeneratedRegex(@"^\W*(?:(?:full[- ]?time|part[- ]?time|contract(?:or)?|intern(?:ship)?s?|freelance|permanent|temporary|FT|PT)\W*(?:or|and)?\W*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex EmploymentTypes();

    [GeneratedRegex(@"\b(?:remote|on[- ]?site|hybrid|in[- ]office|office|wfh|anywhere|only|ok|friendly|possible|optional|or|and|partially|fully|first)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteWords();

    [GeneratedRegex(@"\b(?:engineers?|engineering|interns?|developers?|programmers?|designers?|managers?|scientists?|analysts?|architects?|directors?|head of|leads?|sre|devops|recruiters?|writers?|researchers?|specialists?|consultants?|administrators?|officers?|cto|vp|founding|principal|staff|senior|junior|marketing|sales|support|product|hacker|physicist|technician|accountant|operations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWords();

    /// <summary>Links, funding rounds and other notes that are neither a role, a place nor pay.</summary>
    [GeneratedRegex(@"https?://|www\.|^[\w-]+\.[a-z]{2,}(?:/\S*)?$|\b(?:series [a-e]|seed|raised|funded|valuation|visa|yc [a-z]\d{2}|employees|startup|founded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Notes();
}
