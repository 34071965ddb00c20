using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>Lists of short entries as stored: trimmed, invisible characters removed, blanks dropped, duplicates collapsed ignoring case.</summary>
public static class SkillList
{
    public const int MaxItems = 100;
    public const int MaxLength = 100;

    public static List<string> Normalise(IEnumerable<string?> entries, Validation validation, string field)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in entries)
        {
            var entry = Text.Clean(raw);
            if (entry.Length == 0) continue;
            if (entry.Length > MaxLength)
            {
                validation.Add(field, $"Each entry must be at most {MaxLength} characters.");
                continue;
            }
            if (seen.Add(entry)) result.Add(entry);
        }
        if (result.Count > MaxItems) validation.Add(field, $"At most {MaxItems} entries are allowed.");
        return result;
    }


    /// <summary>Splits free text typed in one box ("C#, PostgreSQL; Docker") into entries.</summary>
    public static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
