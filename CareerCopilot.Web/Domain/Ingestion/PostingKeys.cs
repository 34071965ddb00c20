using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// The forms in which two boards' records of one job compare equal: a link without its tracking parameters, a company
/// without its legal suffix, a title without its gender marker, a place, and a fingerprint of the description that
/// stays close when the text is lightly edited.
/// </summary>
public static partial class PostingKeys
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "ref", "referrer", "source", "src", "trk", "trackingid", "refid",
        "gh_src", "lever-source", "lever-origin", "lever-via", "ashby_jid", "utm", "share", "sharing", "iis", "iisn", "from", "via",
    };

    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "llc", "llp", "ltd", "limited", "plc", "corp", "corporation", "co", "company", "gmbh", "ag", "kg",
        "ug", "mbh", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "aps", "pty", "pte",
        "kk", "group", "holding", "holdings",
    };

    /// <summary>
    /// A link as the same page is reached whatever shared it: lower-case host without <c>www.</c>, no fragment, no
    /// tracking parameters (utm_*, gclid, a board's own source tags), the other parameters sorted, no trailing slash.
    /// Null when the text is not an http(s) address.
    /// </summary>
    public static string? Url(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var parameters = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(Uri.UnescapeDataString(p.Split('=')[0])))
            .Order(StringComparer.Ordinal).ToList();
        var path = uri.AbsolutePath.TrimEnd('/');
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return $"{host}{port}{path}" + (parameters.Count > 0 ? "?" + string.Join('&', parameters) : "");
    }

    /// <summary>
    /// A link's key when it can only be one job's page: a path of two segments or more, or a query. A careers page or a
    /// site's root, which an aggregator gives as where to apply for many jobs, is no job's own.
    /// </summary>
    public static string? JobUrl(string? url) =>
        Url(url) is { } key && (key.Contains('?', StringComparison.Ordinal) || key.Split('/').Length > 2) ? key : null;

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    /// <summary>A company's name without case, accents, punctuation or a legal form: "ACME GmbH" and "Acme" agree.</summary>
    public static string Company(string? company)
    {
        var words = Words(company);
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    /// <summary>A title without case, punctuation or a gender marker such as (m/w/d) or (f/m/x).</summary>
    public static string Title(string? title) => string.Join(' ', Words(GenderMarker().Replace(title ?? "", " ")));

    /// <summary>Where a job is, for comparison: "remote" for a remote job with no place, else the first place's first part.</summary>
    public static string Location(IReadOnlyList<PostingLocation> locations, bool remote)
    {
        var first = locations.Select(l => l.City ?? l.Raw.Split(',')[0]).FirstOrDefault(l => Words(l).Count > 0);
        return first is null ? (remote ? "remote" : "") : string.Join(' ', Words(first));
    }

    /// <summary>
    /// A 64-bit SimHash over the description's word triples: texts that differ in a few words differ in a few bits, so
    /// a repost with a new date line or an agency's copy lands near the original. Zero when there is too little text.
    /// </summary>
    public static long Fingerprint(string? text)
    {
        var words = Words(text);
        if (words.Count < 8) return 0;
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var hash = Fnv1a(words[i], words[i + 1], words[i + 2]);
            for (var bit = 0; bit < 64; bit++) weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++) if (weights[bit] > 0) result |= 1UL << bit;
        return unchecked((long)result);
    }

    /// <summary>How many bits two fingerprints differ in.</summary>
    public static int Distance(long a, long b) => System.Numerics.BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    private static ulong Fnv1a(string a, string b, string c)
    {
        var hash = 14695981039346656037UL;
        foreach (var word in (ReadOnlySpan<string>)[a, b, c])
        {
            foreach (var ch in word) hash = (hash ^ ch) * 1099511628211UL;
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>Lower-case words of letters and digits, accents removed.</summary>
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (c == '&' && sb.Length == 0) continue;
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (sb.Length > 0) words.Add(sb.ToString());
            sb.Clear();
        }
    }

    [GeneratedRegex(@"\(\s*[mwfdxhi]\s*/\s*[mwfdxhi]\s*(/\s*[mwfdxhi]\s*)?\)|\b[mwf]/[mwf](/[dx])?\b|\*in\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenderMarker();
}
