using System.Text;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>
/// The one clean-up every resume's text gets, whatever file it came from: invisible characters gone (tag characters,
/// variation selectors, zero-width spaces and joiners, word joiners, soft hyphens, byte-order marks), no-break spaces
/// as spaces, one kind of line end, no control characters but tab and line feed, and at most
/// <see cref="MaxLength"/> characters.
/// </summary>
public static class ResumeText
{
    /// <summary>Far beyond any resume (about 60 pages of text); a longer read is cut here.</summary>
    public const int MaxLength = 200_000;

    public static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        for (var i = 0; i < text.Length && builder.Length < MaxLength; i++)
        {
            var c = text[i];
            // U+E0000–E007F (tag characters) are the surrogate pair DB40 DC00–DC7F.
            if (c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC00' and <= '\uDC7F')
            {
                i++;
                continue;
            }
            if (IsInvisible(c)) continue;
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                continue;
            }
            if (c is '\u00A0' or '\u2007' or '\u202F' or '\u3000') builder.Append(' ');
            else if (c is '\v' or '\f' or '\u2028' or '\u2029' or '\u0085') builder.Append('\n');
            else if (char.IsControl(c) && c is not '\t' and not '\n') continue;
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is >= '\u200B' and <= '\u200D' or '\u2060' or >= '\uFE00' and <= '\uFE0F' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F';
}
