using System.Text.RegularExpressions;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>A role read from an experience section, with the span its dates give and the lines that named it.</summary>
public sealed record ReadRole(ResumeRole Role, ResumeDateRange Span, IReadOnlyList<string> Lines);

/// <summary>
/// Reads roles from an experience section. Every line with a date span is a role; its title and employer are the rest
/// of that line and the one or two lines just above it that are neither bullets nor sentences nor another role's
/// ("Senior Engineer, Acme — Mar 2019 – Present", "Senior Engineer | Acme | 2019 – 2021", "Acme, Berlin / Senior
/// Engineer / Mar 2019 – Present", "Senior Engineer at Acme"). The title is the piece that reads like one (engineer,
/// manager, Entwickler, ingénieur...), else the first; the employer is the first other piece. A span with nothing to
/// name it still counts towards the years, with an empty title.
/// </summary>
public static partial class RoleReader
{
    private const int MaxContextLines = 2;
    private const int MaxPieceLength = 80;

    public static IReadOnlyList<ReadRole> Read(IReadOnlyList<string> lines)
    {
        var roles = new List<ReadRole>();
        var used = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (ResumeDates.FindRange(lines[i]) is not { } span) continue;
            var pieces = new List<string>();
            var above = new List<string>();
            for (var j = i - 1; j > used && above.Count < MaxContextLines; j--)
            {
                var line = lines[j].Trim();
                if (line.Length == 0) continue;
                if (IsBullet(line) || line.Length > MaxPieceLength || line.EndsWith('.') || ResumeDates.FindRange(line) is not null) break;
                above.Insert(0, line);
            }
            // The line's own words first when it names the role; the lines above only when it does not, or only in part.
            var rest = lines[i].Remove(span.Index, span.Length);
            var own = Pieces(rest);
            if (own.Count < 2) pieces.AddRange(above.SelectMany(Pieces));
            pieces.AddRange(own);
            used = i;

            var title = pieces.FirstOrDefault(p => TitleWord().IsMatch(p)) ?? pieces.FirstOrDefault() ?? "";
            var employer = pieces.FirstOrDefault(p => p != title && !LocationLike(p));
            roles.Add(new ReadRole(new ResumeRole(title, employer, span.Start.ToString(), span.End?.ToString()), span, [.. above, lines[i]]));
        }
        return roles;
    }

    private static bool IsBullet(string line) => line[0] is '-' or '•' or '*' or '·' or '–' or '▪' or '◦' or '●' or '►' or '✓' or '+';

    private static List<string> Pieces(string text) =>
        Separator().Split(text)
            .Select(p => p.Trim().Trim('(', ')', '[', ']', ',', ';', ':', '|', '·', '•', '–', '—', '-', ' ', '\t').Trim())
            .Where(p => p.Length > 1 && p.Length <= MaxPieceLength && p.Any(char.IsLetter))
            .ToList();

    /// <summary>"Berlin", "London, UK", "Remote": a place, not an employer.</summary>
    private static bool LocationLike(string piece) => Location().IsMatch(piece);

    [GeneratedRegex(@"\s[|·•–—]\s|\s-\s|\t|,\s|\s@\s|\s+at\s+|\s+bei\s+|\s+chez\s+|\(|\)|\s{3,}|\|")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|freelance|[A-Z][a-z]+,?\s(?:UK|USA|US|CA|NY|DE|FR|IN)|(?:UK|USA|US|Germany|Deutschland|France|India|United Kingdom|United States)|Berlin|Munich|München|Hamburg|Cologne|Köln|Frankfurt|London|Manchester|Leeds|Edinburgh|Paris|Lyon|Toulouse|Bangalore|Bengaluru|Mumbai|Pune|Hyderabad|Chennai|Delhi|New York|San Francisco|Seattle|Austin|Boston|Chicago|Toronto|Amsterdam|Dublin|Zurich|Zürich|Vienna|Wien)$", RegexOptions.IgnoreCase)]
    private static partial Regex Location();

    [GeneratedRegex(@"\b(engineer|engineering manager|developer|programmer|manager|analyst|designer|consultant|director|scientist|specialist|architect|officer|assistant|coordinator|administrator|intern|internship|lead|head|president|founder|co-founder|owner|cto|ceo|nurse|teacher|accountant|technician|tester|researcher|associate|representative|executive|editor|writer|advisor|adviser|clerk|supervisor|trainee|apprentice|werkstudent|werkstudentin|praktikant|praktikantin|entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|leiter|leiterin|softwareentwickler|softwareentwicklerin|ingénieur|ingénieure|développeur|développeuse|chef de projet|chef|responsable|stagiaire|consultante|directeur|directrice|devops|sre|qa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();
}
