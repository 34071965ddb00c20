using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>A resume's contact details, each as the resume writes it, or null when it does not.</summary>
public sealed record ResumeContact(string? Name, string? Email, string? Phone, IReadOnlyList<string> Links);

/// <summary>
/// Reads name, email, phone and links from a resume's text. The name is the first line near the top that reads like a
/// person's name (two to four capitalised words, no digits, no heading, no job title, not "Curriculum Vitae"); the phone
/// is the first number written as a phone number is (international "+49 30 1234567", national "(030) 1234567",
/// "07700 900123", "+1 (415) 555-0100", or any number on a line labelled phone, Tel, Mobil, Téléphone); links are web
/// addresses (LinkedIn, GitHub, a personal site), written the one way: https, host in lower case without www, no
/// trailing slash.
/// </summary>
public static partial class ContactReader
{
    /// <summary>How far down a name is looked for: past a "Curriculum Vitae" line and a photo caption, not into the body.</summary>
    private const int NameReach = 12;

    public static ResumeContact Read(IReadOnlyList<string> lines, string text) =>
        new(Name(lines), Email(text), Phone(lines), Links(text));

    /// <summary>
    /// The text without its addresses (emails, links, and a link's label such as "GitHub (https://...)"): a link to
    /// github.com is where a resume lives, not a skill its owner has.
    /// </summary>
    public static string WithoutAddresses(string text)
    {
        text = LabelledLink().Replace(text, " ");
        text = EmailPattern().Replace(text, " ");
        return LinkPattern().Replace(text, " ");
    }

    public static string? Email(string text) => EmailPattern().Match(text) is { Success: true } m ? m.Value.TrimEnd('.') : null;

    public static string? Phone(IReadOnlyList<string> lines)
    {
        string? labelled = null, plain = null;
        foreach (var line in lines)
        {
            var label = PhoneLabel().IsMatch(line);
            foreach (Match m in PhoneCandidate().Matches(line))
            {
                var candidate = m.Value.Trim().TrimEnd('.', '-', '/', ')').Trim();
                if (candidate.Count(c => c == '(') != candidate.Count(c => c == ')')) candidate = candidate.TrimStart('(');
                var digits = candidate.Count(char.IsDigit);
                if (digits is < 7 or > 15 || ResumeDates.FindRange(candidate) is not null || LooksLikeDates(candidate)) continue;
                if (label) labelled ??= candidate;
                else if (LooksLikePhone(candidate)) plain ??= candidate;
            }
            if (labelled is not null) return labelled;
        }
        return plain;
    }

    /// <summary>International (+ or 00), a bracketed area code, a national trunk 0 with enough digits, or the North American 3-3-4.</summary>
    private static bool LooksLikePhone(string candidate)
    {
        var digits = candidate.Count(char.IsDigit);
        return candidate.StartsWith('+')
            || (candidate.StartsWith("00", StringComparison.Ordinal) && digits >= 10)
            || (candidate.StartsWith('(') && digits >= 9)
            || (candidate.StartsWith('0') && digits >= 9 && candidate.Any(c => c is ' ' or '-' or '/' or '.'))
            || NorthAmerican().IsMatch(candidate);
    }

    /// <summary>"2019 2021", "03.2019 06.2021": years and months side by side are dates, not a number.</summary>
    private static bool LooksLikeDates(string candidate)
    {
        var groups = candidate.Split([' ', '-', '/', '.', '(', ')', '–'], StringSplitOptions.RemoveEmptyEntries);
        return groups.Count(g => g.Length == 4 && int.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1950 and <= 2099) >= 2;
    }

    public static IReadOnlyList<string> Links(string text)
    {
        var links = new List<string>();
        foreach (Match m in LinkPattern().Matches(text))
        {
            if (m.Index > 0 && text[m.Index - 1] == '@') continue;
            var raw = m.Value.TrimEnd('.', ',', ';', ':', ')', ']', '>', '"', '\'', '|');
            if (raw.Contains('@', StringComparison.Ordinal)) continue;
            if (Normalise(raw) is { } link && !NotSites.Contains(new Uri(link).Host) && !links.Contains(link, StringComparer.Ordinal)) links.Add(link);
        }
        return links;
    }

    /// <summary>https, host in lower case without www, path as written, no trailing slash; null when it is no web address.</summary>
    public static string? Normalise(string raw)
    {
        var withScheme = raw.Contains("://", StringComparison.Ordinal) ? raw : "https://" + raw;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (!host.Contains('.', StringComparison.Ordinal)) return null;
        var path = uri.AbsolutePath.TrimEnd('/');
        return "https://" + host + path + uri.Query;
    }

    public static string? Name(IReadOnlyList<string> lines)
    {
        var seen = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (++seen > NameReach) break;
            foreach (var part in NameLabel().Replace(line, "").Split(['|', '·', '•', '\t', '–', '—', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (AsName(part) is { } name) return name;
        }
        return null;
    }

    /// <summary>The part as a person's name, or null: ALL CAPS names are given their usual capitals.</summary>
    public static string? AsName(string part)
    {
        part = string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (part.Length is < 4 or > 60 || NotAName().IsMatch(part) || ResumeSections.HeadingKind(part) is not null) return null;
        var words = part.Split(' ');
        if (words.Length is < 2 or > 5) return null;
        var capitalised = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word)) continue;
            if (!NameWord().IsMatch(word)) return null;
            capitalised++;
        }
        if (capitalised < 2) return null;
        if (part.Where(char.IsLetter).All(char.IsUpper))
            part = string.Join(' ', words.Select(w => Particles.Contains(w.ToLowerInvariant()) ? w.ToLowerInvariant()
                : string.Join('-', w.Split('-').Select(s => s.Length > 0 ? s[..1] + s[1..].ToLowerInvariant() : s))));
        return part;
    }

    /// <summary>Technologies that read like web addresses.</summary>
    private static readonly HashSet<string> NotSites = new(StringComparer.Ordinal) { "asp.net", "vb.net", "ado.net" };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "bin", "binti", "al", "el", "zu", "ten", "ter", "dos", "das",
    };

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\[?\b(?:GitHub|LinkedIn|Portfolio|Website|Blog|Xing|Twitter|X)\]?\s*\((?:https?://|mailto:)[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLink();

    [GeneratedRegex(@"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,22}\d(?!\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"\b(phone|tel|tel\.|telephone|téléphone|telefon|mobile|mobil|cell|handy|portable|mob|ph)\b|☎|📞", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLabel();

    [GeneratedRegex(@"^\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}$")]
    private static partial Regex NorthAmerican();

    [GeneratedRegex(@"(?:(?i:https?://|www\.)[^\s<>""'|,;]+|(?<![\w.\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:com|dev|io|me|net|org|de|fr|uk|in|app|page|site|tech|eu|ch|at|nl|co)\b(?:/[^\s<>""'|,;]*)?)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^\s*(name|nom|full name)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"[\d@:/\\#&+=_]|\b(curriculum|vitae|resume|résumé|lebenslauf|cv|engineer|developer|manager|analyst|designer|consultant|director|scientist|specialist|architect|officer|assistant|coordinator|administrator|intern|lead|senior|junior|head|nurse|teacher|accountant|contact|page|street|road|strasse|straße|rue|avenue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’]*)*|\p{Lu}\.)$")]
    private static partial Regex NameWord();
}
