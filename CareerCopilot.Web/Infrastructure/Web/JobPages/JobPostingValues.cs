using System.Globalization;
using System.Net;
using System.Text.Json;
using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Infrastructure.JobSources;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>
/// A schema.org <c>JobPosting</c> (from JSON-LD, or microdata turned into the same JSON) read into a found job, taking
/// every value in each of the shapes pages really use: an organisation as text or object, one place or a list, an
/// address as text or parts, a country as a code or an object, pay as a number, text or amount, numbers written
/// "70,000", dates with or without a zone, and descriptions entity-escaped once or twice.
/// </summary>
public static class JobPostingValues
{
    /// <summary>Whether a <c>@type</c> (text or list, bare or prefixed: schema:JobPosting, http://schema.org/JobPosting) names <paramref name="type"/>.</summary>
    public static bool IsType(JsonElement element, string type)
    {
        if (element.ValueKind != JsonValueKind.Object || element.Get("@type") is not { } t) return false;
        IEnumerable<JsonElement> names = t.ValueKind == JsonValueKind.Array ? t.EnumerateArray() : [t];
        return names.Any(n => n.ValueKind == JsonValueKind.String && LocalName(n.GetString()!).Equals(type, StringComparison.OrdinalIgnoreCase));
    }

    private static string LocalName(string type)
    {
        var cut = type.LastIndexOfAny(['/', ':', '#']);
        return (cut >= 0 ? type[(cut + 1)..] : type).Trim();
    }

    public static FoundJob? Read(JsonElement posting, string via)
    {
        var title = Clean(Text(posting.Get("title")) ?? Text(posting.Get("name")));
        var company = Clean(Organisation(posting.Get("hiringOrganization")));
        if (title.Length == 0) return null;
        var (_, text) = HtmlContent.Clean(Unescaped(Text(posting.Get("description"))));
        var locations = Places(posting.Get("jobLocation"));
        var remote = Strings(posting.Get("jobLocationType")).Any(t => t.Contains("TELECOMMUTE", StringComparison.OrdinalIgnoreCase))
            ? RemoteMode.Remote : RemoteMode.Unknown;
        if (locations.Count == 0 && remote == RemoteMode.Remote)
            locations.AddRange(Strings(posting.Get("applicantLocationRequirements"), "name").Select(Clean).Where(l => l.Length > 0));
        var location = Capped(string.Join("; ", locations.Distinct(StringComparer.OrdinalIgnoreCase)));
        if (remote == RemoteMode.Unknown) remote = BoardValues.RemoteFrom(location) == RemoteMode.Remote ? RemoteMode.Remote : RemoteMode.Unknown;
        return new FoundJob
        {
            Title = Capped(title),
            Company = Capped(company),
            Location = location.Length == 0 ? null : location,
            Remote = remote,
            EmploymentType = Strings(posting.Get("employmentType")).Select(BoardValues.EmploymentTypeFrom).FirstOrDefault(e => e is not null),
            Salary = Salary(posting.Get("baseSalary") ?? posting.Get("estimatedSalary")),
            DescriptionText = text is null ? null : Domain.Common.Text.Clean(text),
            ApplyUrl = WebLink(Text(posting.Get("url"))),
            PostedAt = BoardValues.DateFrom(Text(posting.Get("datePosted"))),
            ValidThrough = BoardValues.DateFrom(Text(posting.Get("validThrough"))) is { } until ? DateOnly.FromDateTime(until) : null,
            Skills = Strings(posting.Get("skills")).SelectMany(s => s.Split(',')).Select(Clean).Where(s => s.Length is > 0 and <= 50).Take(30).ToList(),
            Via = via,
        };
    }

    /// <summary>A description decoded until it stops changing while it looks escaped (no real tags, escaped ones).</summary>
    public static string? Unescaped(string? html)
    {
        if (html is null) return null;
        for (var i = 0; i < 4 && !html.Contains('<', StringComparison.Ordinal) && html.Contains('&', StringComparison.Ordinal); i++)
        {
            var decoded = WebUtility.HtmlDecode(html);
            if (decoded == html) break;
            html = decoded;
        }
        return html;
    }

    /// <summary>A value's text: a string, a number, or an object's <c>name</c> (or <c>@value</c>); a list's first.</summary>
    public static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.Object } v => v.Str("name") ?? v.Str("@value"),
        { ValueKind: JsonValueKind.Array } v => v.EnumerateArray().Select(e => Text(e)).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
        _ => null,
    };

    /// <summary>Each text of a value that may be one or a list; <paramref name="field"/> of objects.</summary>
    private static List<string> Strings(JsonElement? value, string field = "name") => value switch
    {
        { ValueKind: JsonValueKind.String } v => [v.GetString()!],
        { ValueKind: JsonValueKind.Object } v => v.Str(field) is { } s ? [s] : [],
        { ValueKind: JsonValueKind.Array } v => v.EnumerateArray().SelectMany(e => Strings(e, field)).ToList(),
        _ => [],
    };

    private static string? Organisation(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Object } v => v.Str("name") ?? v.Str("legalName") ?? v.Str("alternateName"),
        _ => Text(value),
    };

    private static List<string> Places(JsonElement? value)
    {
        if (value is not { } v) return [];
        if (v.ValueKind == JsonValueKind.Array) return v.EnumerateArray().SelectMany(e => Places(e)).ToList();
        if (v.ValueKind == JsonValueKind.String) return Clean(v.GetString()) is { Length: > 0 } s ? [s] : [];
        if (v.ValueKind != JsonValueKind.Object) return [];
        var address = v.Get("address");
        var text = address switch
        {
            { ValueKind: JsonValueKind.String } a => Clean(a.GetString()),
            { ValueKind: JsonValueKind.Object } a => Address(a),
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? Address(e) : Clean(Text(e))).FirstOrDefault(t => t.Length > 0) ?? "",
            _ => "",
        };
        if (text.Length == 0) text = Clean(v.Str("name"));
        return text.Length > 0 ? [text] : [];
    }

    private static string Address(JsonElement address)
    {
        var country = address.Get("addressCountry") is { } c ? Clean(Text(c)) : "";
        var country2 = country.Length == 2 && country.All(char.IsAsciiLetterUpper) ? CountryName(country) : country;
        var parts = new[] { Clean(Text(address.Get("addressLocality"))), Clean(Text(address.Get("addressRegion"))), country2 }
            .Where(p => p.Length > 0).ToList();
        // A region written as the city again ("Berlin, Berlin") says nothing more.
        return string.Join(", ", parts.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    private static string CountryName(string code)
    {
        try { return new RegionInfo(code).EnglishName; }
        catch (ArgumentException) { return code; }
    }

    private static PostingSalary? Salary(JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.Number } n:
                return n.TryGetDecimal(out var figure) ? new PostingSalary(figure, null, null, null) : null;
            case { ValueKind: JsonValueKind.String } s:
                return BoardValues.SalaryFromText(s.GetString());
            case { ValueKind: JsonValueKind.Object } amount:
                var currency = amount.Str("currency");
                var inner = amount.Get("value");
                if (inner is { ValueKind: JsonValueKind.Object } q)
                {
                    var min = Number(q.Get("minValue")) ?? Number(q.Get("value"));
                    var max = Number(q.Get("maxValue"));
                    return min is null && max is null ? null : new PostingSalary(min, max, currency, BoardValues.PeriodFrom(q.Str("unitText") ?? amount.Str("unitText")));
                }
                var single = Number(inner) ?? Number(amount.Get("minValue"));
                return single is null ? null : new PostingSalary(single, Number(amount.Get("maxValue")), currency, BoardValues.PeriodFrom(amount.Str("unitText")));
            default:
                return null;
        }
    }

    /// <summary>A number, or text holding one: "70,000", "70 000", "70000.00", "$70,000".</summary>
    public static decimal? Number(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Number } n) return n.TryGetDecimal(out var d) ? d : null;
        if (value is not { ValueKind: JsonValueKind.String } s) return null;
        var digits = new string(s.GetString()!.Where(c => char.IsAsciiDigit(c) || c is '.' or ',').ToArray());
        if (digits.Length == 0) return null;
        // A comma or dot followed by exactly three digits groups thousands; otherwise a dot or comma is the decimal mark.
        var thousands = System.Text.RegularExpressions.Regex.IsMatch(digits, @"^\d{1,3}([.,]\d{3})+$");
        digits = thousands ? digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
            : digits.Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var result) ? result : null;
    }

    private static string? WebLink(string? url) =>
        Uri.TryCreate(Clean(url), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.AbsoluteUri.Length <= 2000 ? uri.AbsoluteUri : null;

    /// <summary>Entities decoded, invisible characters removed, runs of white space made one space.</summary>
    public static string Clean(string? value) =>
        string.Join(' ', Domain.Common.Text.Clean(WebUtility.HtmlDecode(value ?? "")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Capped(string value) => Domain.Common.Text.Cap(value, Limits.MaxNameLength);
}
