using System.Globalization;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>The readings every adapter needs of boards' free-form values: job types, remote, pay, dates.</summary>
public static partial class BoardValues
{
    /// <summary>An employment type from a board's wording: "Full-time", "FULL_TIME", "FullTime", "contractor", "intern".</summary>
    public static EmploymentType? EmploymentTypeFrom(string? text)
    {
        var t = Simplify(text);
        if (t.Length == 0) return null;
        if (t.Contains("intern") || t.Contains("trainee") || t.Contains("apprentice") || t.Contains("student")) return EmploymentType.Internship;
        if (t.Contains("parttime") || t.Contains("minijob")) return EmploymentType.PartTime;
        if (t.Contains("fulltime") || t.Contains("permanent")) return EmploymentType.FullTime;
        if (t.Contains("contract") || t.Contains("freelance")) return EmploymentType.Contract;
        if (t.Contains("temporary") || t.Contains("temp") || t.Contains("seasonal")) return EmploymentType.Temporary;
        return EmploymentType.Other;
    }

    /// <summary>Remote, hybrid or on-site from a board's wording or a location text; Unknown when it says none of them.</summary>
    public static RemoteMode RemoteFrom(string? text)
    {
        var t = Simplify(text);
        if (t.Length == 0) return RemoteMode.Unknown;
        if (t.Contains("hybrid")) return RemoteMode.Hybrid;
        if (t.Contains("remote") || t.Contains("anywhere") || t.Contains("telecommute") || t.Contains("workfromhome") || t.Contains("wfh"))
            return RemoteMode.Remote;
        if (t.Contains("onsite") || t.Contains("inoffice") || t.Contains("office")) return RemoteMode.Onsite;
        return RemoteMode.Unknown;
    }

    /// <summary>A pay period from a board's interval: "per-year-salary", "1 YEAR", "Per Hour", "PA", "monthly".</summary>
    public static SalaryPeriod? PeriodFrom(string? interval)
    {
        var t = Simplify(interval);
        return t switch
        {
            "" => null,
            "pa" or "py" => SalaryPeriod.Year,
            "ph" => SalaryPeriod.Hour,
            "pm" => SalaryPeriod.Month,
            "pd" => SalaryPeriod.Day,
            "pw" => SalaryPeriod.Week,
            _ when t.Contains("year") || t.Contains("annual") || t.Contains("annum") => SalaryPeriod.Year,
            _ when t.Contains("month") => SalaryPeriod.Month,
            _ when t.Contains("week") => SalaryPeriod.Week,
            _ when t.Contains("day") || t.Contains("daily") => SalaryPeriod.Day,
            _ when t.Contains("hour") => SalaryPeriod.Hour,
            _ => null,
        };
    }

    /// <summary>
    /// Pay from free text such as "$40,000 - $50,000", "£35k - £45k", "90k–120k EUR", "$45/hr": the first amount or
    /// range, its currency from a symbol or code, its period from the words around it or else from its size (under 350
    /// an hour, under 30,000 a month, otherwise a year).
    /// </summary>
    public static PostingSalary? SalaryFromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = Amounts().Match(text);
        if (!match.Success) return null;
        var min = Amount(match.Groups["min"].Value, match.Groups["mink"].Success);
        var max = match.Groups["max"].Success ? Amount(match.Groups["max"].Value, match.Groups["maxk"].Success) : null;
        if (min is null) return null;
        if (match.Groups["maxk"].Success && !match.Groups["mink"].Success && min < 1000) min *= 1000;
        var currency = CurrencyOf(match.Groups["cur"].Value) ?? CurrencyOf(match.Groups["code"].Value) ?? CurrencyOf(text);
        if (currency is null && !match.Groups["mink"].Success && !match.Groups["maxk"].Success && min < 100) return null;
        var period = PeriodWords(text) ?? ((max ?? min) < 350 ? SalaryPeriod.Hour : (max ?? min) < 30_000 ? SalaryPeriod.Month : SalaryPeriod.Year);
        return new PostingSalary(min, max, currency, period);
    }

    private static decimal? Amount(string digits, bool thousands)
    {
        if (!decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
                NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return null;
        return thousands ? value * 1000 : value;
    }

    private static string? CurrencyOf(string text)
    {
        if (text.Contains('$')) return text.Contains("CA$", StringComparison.Ordinal) ? "CAD" : text.Contains("A$", StringComparison.Ordinal) ? "AUD" : "USD";
        if (text.Contains('€')) return "EUR";
        if (text.Contains('£')) return "GBP";
        if (text.Contains('₹')) return "INR";
        var code = CurrencyCode().Match(text);
        return code.Success ? code.Value.ToUpperInvariant() : null;
    }

    private static SalaryPeriod? PeriodWords(string text)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains("/hr") || t.Contains("/h ") || t.EndsWith("/h", StringComparison.Ordinal) || t.Contains("hour")) return SalaryPeriod.Hour;
        if (t.Contains("/day") || t.Contains("per day") || t.Contains("daily")) return SalaryPeriod.Day;
        if (t.Contains("/week") || t.Contains("per week") || t.Contains("weekly")) return SalaryPeriod.Week;
        if (t.Contains("/mo") || t.Contains("month")) return SalaryPeriod.Month;
        if (t.Contains("/yr") || t.Contains("/year") || t.Contains("year") || t.Contains("annual") || t.Contains(" pa")) return SalaryPeriod.Year;
        return null;
    }

    /// <summary>
    /// A time from a board: ISO 8601 with or without an offset (none means UTC), a date alone, or forms such as
    /// "2026-03-01 10:00:00 UTC" and "2016-05-31T12:14:07+0200".
    /// </summary>
    public static DateTime? DateFrom(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        if (t.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase)) t = t[..^4] + "Z";
        t = ShortOffset().Replace(t, "$1:$2");
        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            && value.Year is >= 1990 and <= 2100 ? value.UtcDateTime : null;
    }

    public static DateTime? FromUnixSeconds(long? seconds) =>
        seconds is > 0 and < 4_102_444_800 ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value).UtcDateTime : null;

    public static DateTime? FromUnixMilliseconds(long? milliseconds) =>
        milliseconds is > 0 and < 4_102_444_800_000 ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds.Value).UtcDateTime : null;

    /// <summary>Lower-case letters only: "Full-time" and "FULL_TIME" both read "fulltime".</summary>
    private static string Simplify(string? text) =>
        string.Concat((text ?? "").Where(char.IsLetter)).ToLowerInvariant();

    [GeneratedRegex(@"(?<cur>(?:CA|A)?\$|€|£|₹)?\s?(?<min>\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)\s?(?<mink>[kK])?(?:\s?(?:-|–|—|to)\s?(?:(?:CA|A)?\$|€|£|₹)?\s?(?<max>\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)\s?(?<maxk>[kK])?)?\s?(?<code>USD|EUR|GBP|CAD|AUD|CHF|INR)?", RegexOptions.IgnoreCase)]
    private static partial Regex Amounts();

    [GeneratedRegex(@"\b(USD|EUR|GBP|CAD|AUD|CHF|INR|SEK|NOK|DKK|PLN|JPY)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyCode();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex ShortOffset();

    // Company boards (Lever, Ashby, SmartRecruiters, Workable, Recruitee, Personio):

    /// <summary>Tags from a board's fields (team, department, keywords): blanks left out, each once whatever its case.</summary>
    public static List<string> TagsFrom(IEnumerable<string?> values) =>
        values.Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Pay from a board's amounts, currency and interval ("per-year-salary", "year"); none when neither amount is given.</summary>
    public static PostingSalary? SalaryFrom(decimal? min, decimal? max, string? currency, string? interval) =>
        min is null && max is null ? null : new PostingSalary(min, max, currency, PeriodFrom(interval));

    /// <summary>
    /// A place from its parts; its text is <paramref name="raw"/> when the board writes one, else the parts joined
    /// ("Paris, Île-de-France, France"). None when there is nothing to say.
    /// </summary>
    public static PostingLocation? PlaceFrom(string? raw, string? city, string? region, string? countryName, string? country)
    {
        var text = !string.IsNullOrWhiteSpace(raw)
            ? raw.Trim()
            : string.Join(", ", new[] { city, region, countryName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length == 0 ? null : new PostingLocation(text, city, region, country);
    }

    /// <summary>
    /// A company's name from its key on a board that sends none (Lever's site, Ashby's board): "acme-corp" reads "Acme
    /// Corp", so it looks like a name and matches the company's name on other boards.
    /// </summary>
    public static string CompanyFromKey(string key) =>
        string.Join(' ', key.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 0 && char.IsLower(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
