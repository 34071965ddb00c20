using System.Text;

namespace CareerCopilot.Web.Domain.Common;

public static class Text
{
    /// <summary>The text cut to at most <paramref name="max"/> characters (the cut's trailing space dropped); null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? Cap(string? value, int max) => value is null || value.Length <= max ? value : value[..max].TrimEnd();

    /// <summary><see cref="Clean(string?)"/>, then cut to at most <paramref name="max"/> characters.</summary>
    public static string Clean(string? value, int max) => Cap(Clean(value), max);

    /// <summary>
    /// Trims and removes invisible characters (zero-width, tag block, variation selectors, controls other than
    /// line breaks and tabs) that have no place in stored text and can smuggle instructions to a model later.
    /// </summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length)
            {
                var cp = char.ConvertToUtf32(c, value[i + 1]);
                i++;
                if (cp is >= 0xE0000 and <= 0xE007F) continue;
                sb.Append(c).Append(value[i]);
                continue;
            }
            if (IsInvisible(c)) continue;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or (>= '\uFE00' and <= '\uFE0F')
        || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
}
