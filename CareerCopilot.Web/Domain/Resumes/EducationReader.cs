using System.Text.RegularExpressions;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>
/// Reads degrees from an education section: a line naming a degree (BSc, M.Sc., MBA, PhD, Bachelor, Master, B.Tech,
/// Diplom, Licence, Baccalauréat...) starts one; its school is the piece of that line, or of the line just before or
/// after, that names a school (University, College, Institute, Hochschule, Université, École, IIT...); its year is the
/// last year written in those lines (the end of a span; none for a span still running).
/// </summary>
public static partial class EducationReader
{
    public static IReadOnlyList<ResumeEducation> Read(IReadOnlyList<string> lines)
    {
        var found = new List<ResumeEducation>();
        var degreeLines = Enumerable.Range(0, lines.Count).Where(i => Degree().IsMatch(lines[i])).ToList();
        for (var k = 0; k < degreeLines.Count; k++)
        {
            var i = degreeLines[k];
            var pieces = Pieces(lines[i]);
            var degree = pieces.FirstOrDefault(p => Degree().IsMatch(p)) ?? lines[i].Trim();
            if (School().IsMatch(degree) && pieces.Count == 1)
            {
                // "BSc Computer Science, University of Leeds" without separators left: the degree ends where the school begins.
                var at = School().Match(degree).Index;
                var cut = degree.LastIndexOfAny([',', '-', '–', '—', '|'], Math.Max(0, at - 1));
                if (cut > 0) degree = degree[..cut].Trim();
            }

            var previousLimit = k > 0 ? degreeLines[k - 1] : -1;
            var nextLimit = k + 1 < degreeLines.Count ? degreeLines[k + 1] : lines.Count;
            var near = new List<string> { lines[i] };
            for (var j = i + 1; j < Math.Min(nextLimit, i + 3); j++) near.Add(lines[j]);
            string? school = pieces.FirstOrDefault(p => p != degree && School().IsMatch(p));
            school ??= near.Skip(1).SelectMany(Pieces).FirstOrDefault(p => School().IsMatch(p));
            if (school is null && i - 1 > previousLimit && !string.IsNullOrWhiteSpace(lines[i - 1]))
                school = Pieces(lines[i - 1]).FirstOrDefault(p => School().IsMatch(p));

            int? year = null;
            foreach (var line in near)
            {
                if (ResumeDates.FindRange(line) is { } span)
                {
                    year = span.End?.Year;
                    break;
                }
                if (ResumeDates.Years(line).LastOrDefault() is var y and > 0) year = y;
            }
            if (year is null && i - 1 > previousLimit && ResumeDates.FindRange(lines[i - 1]) is { End: { } end }) year = end.Year;
            found.Add(new ResumeEducation(StripYears(degree), school is null ? null : StripYears(school), year));
        }
        return found;
    }

    private static string StripYears(string text) =>
        Years().Replace(text, "").Trim().Trim(',', '|', '–', '—', '-', '(', ')', ' ').Trim();

    private static List<string> Pieces(string line) =>
        Separator().Split(line).Select(p => p.Trim().TrimStart('-', '•', '*', '·', ' ').Trim()).Where(p => p.Length > 1 && p.Any(char.IsLetter)).ToList();

    [GeneratedRegex(@"\s[|·•–—]\s|\s-\s|\t|,\s(?=\p{Lu})|\s{3,}|\|")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:(?:19|20)\d{2}\s*(?:[–—\-]|to|bis)\s*)?(?:19|20)\d{2}|(?:[–—\-]\s*)?\b(?:present|heute|today)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"(?<![\w.])(B\.?\s?Sc\.?|M\.?\s?Sc\.?|B\.?\s?A\.?|M\.?\s?A\.?|B\.?\s?Eng\.?|M\.?\s?Eng\.?|B\.?\s?Tech\.?|M\.?\s?Tech\.?|B\.?\s?E\.|B\.?\s?Com\.?|M\.?\s?Com\.?|BCA|MCA|MBA|M\.?B\.?A\.?|Ph\.?\s?D\.?|D\.?\s?Phil\.?|LL\.?\s?[BM]\.?|J\.?D\.?|M\.?D\.?|BBA|MPhil|Bachelor|Bachelors|Bachelor's|Master|Masters|Master's|Doctorate|Doctor of|Associate of|Associate's|Diplom|Diploma|Abitur|Staatsexamen|Promotion|Licence|Baccalauréat|Baccalaureat|BTS|DUT|Magister|HND|A-levels|A levels|GCSEs?)(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex Degree();

    [GeneratedRegex(@"\b(university|universität|universitat|université|universidad|universita|college|institute|institut|school|hochschule|fachhochschule|academy|akademie|école|ecole|polytechnic|polytechnique|IIT|NIT|IIIT|TU|ETH|EPFL|KIT|RWTH|LMU|UCL|MIT|lycée|gymnasium|sciences po|insa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex School();
}
