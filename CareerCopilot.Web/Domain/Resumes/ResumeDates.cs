using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>A month of a resume's dates; <see cref="Month"/> is null when the resume gives only the year.</summary>
public readonly record struct ResumeMonth(int Year, int? Month)
{
    /// <summary><c>YYYY-MM</c>, or <c>YYYY</c> when the resume gives no month: nothing is made up.</summary>
    public override string ToString() => Month is { } m
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);
}

/// <summary>A span of dates found in a line: <see cref="End"/> is null for a role still held ("– Present", "seit 2020").</summary>
public sealed record ResumeDateRange(ResumeMonth Start, ResumeMonth? End, int Index, int Length);

/// <summary>
/// Reads the date spans resumes write: "Mar 2019 – Present", "03/2019 - 06/2021", "2019 – 2021", "March 2019 to
/// current", "Jan. 2020 – now", "2019-03 – 2021-06", month names in English, German and French, and the open spans
/// "seit 2020", "since 2020", "depuis 2020".
/// </summary>
public static partial class ResumeDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv"],
            ["february", "feb", "februar", "février", "fevrier", "févr", "fevr", "fév", "fev"],
            ["march", "mar", "märz", "maerz", "mär", "mrz", "mars"],
            ["april", "apr", "avril", "avr"],
            ["may", "mai"],
            ["june", "jun", "juni", "juin"],
            ["july", "jul", "juli", "juillet", "juil"],
            ["august", "aug", "août", "aout"],
            ["september", "sep", "sept", "septembre"],
            ["october", "oct", "oktober", "okt", "octobre"],
            ["november", "nov", "novembre"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
            foreach (var name in names[i]) map[name] = i + 1;
        return map;
    }

    private const string MonthName =
        "january|february|march|april|may|june|july|august|september|october|november|december|" +
        "januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|" +
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|" +
        "janv|févr|fevr|juil|sept|jan|feb|fév|fev|mar|mär|mrz|apr|avr|jun|jul|aug|sep|oct|okt|nov|dec|dez|déc";

    private const string Open =
        "present|current|currently|now|today|date|ongoing|heute|aktuell|jetzt|laufend|derzeit|" +
        "aujourd'hui|aujourd’hui|présent|actuel|actuellement|en cours";

    private static string Date(string p) =>
        $@"(?:(?<{p}name>{MonthName})\.?\s*,?\s*(?:'|’)?(?<{p}y>(?:19|20)\d{{2}})" +
        $@"|(?<{p}y>(?:19|20)\d{{2}})-(?<{p}mm>0[1-9]|1[0-2])(?![\d/])" +
        $@"|(?<{p}mm>0?[1-9]|1[0-2])\s?[./-]\s?(?<{p}y>(?:19|20)\d{{2}})" +
        $@"|(?<{p}y>(?:19|20)\d{{2}}))(?!\d)";

    private static readonly Regex RangePattern = new(
        $@"(?<![\w/.])(?:(?:from|von|de|du)\s+)?{Date("s")}\s*(?:–|—|-|−|~|to|until|till|through|thru|bis|à|au|jusqu.à)\s*(?:{Date("e")}|(?<open>{Open})\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex SincePattern = new(
        $@"(?<![\w/.])(?:seit|since|depuis|ab)\s+{Date("s")}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The first date span in the line, or null; a span that ends before it starts is no span.</summary>
    public static ResumeDateRange? FindRange(string line)
    {
        var match = RangePattern.Match(line);
        if (match.Success && Read(match, "s") is { } start)
        {
            if (match.Groups["open"].Success) return new ResumeDateRange(start, null, match.Index, match.Length);
            if (Read(match, "e") is { } end && Compare(start, end) <= 0) return new ResumeDateRange(start, end, match.Index, match.Length);
        }
        var since = SincePattern.Match(line);
        return since.Success && Read(since, "s") is { } from ? new ResumeDateRange(from, null, since.Index, since.Length) : null;
    }

    /// <summary>Every four-digit year (1950–2099) in the line, in order.</summary>
    public static IEnumerable<int> Years(string line) =>
        YearPattern().Matches(line).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Where(y => y >= 1950);

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex YearPattern();

    private static ResumeMonth? Read(Match match, string p)
    {
        if (!match.Groups[p + "y"].Success) return null;
        var year = int.Parse(match.Groups[p + "y"].Value, CultureInfo.InvariantCulture);
        if (year < 1950) return null;
        int? month = null;
        if (match.Groups[p + "name"].Success) month = Months[match.Groups[p + "name"].Value];
        else if (match.Groups[p + "mm"].Success) month = int.Parse(match.Groups[p + "mm"].Value, CultureInfo.InvariantCulture);
        return new ResumeMonth(year, month);
    }

    private static int Compare(ResumeMonth a, ResumeMonth b) =>
        a.Year != b.Year ? a.Year.CompareTo(b.Year) : (a.Month ?? 1).CompareTo(b.Month ?? 12);
}
