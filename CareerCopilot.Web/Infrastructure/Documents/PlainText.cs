using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>A text or Markdown resume's text; Markdown loses its markup (heading marks, emphasis, link brackets) and keeps its words and addresses.</summary>
internal static partial class PlainText
{
    public static async Task<string> ReadAsync(string path, bool markdown, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var text = ResumeFileInspector.Decode(bytes)
            ?? throw new ResumeReadException(ResumeError.ParseFailed, "The file is not readable text.");
        return markdown ? StripMarkdown(text) : text;
    }

    public static string StripMarkdown(string text)
    {
        text = Fence().Replace(text, "");
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, m => m.Groups[1].Value == m.Groups[2].Value || m.Groups[2].Value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            ? m.Groups[1].Value
            : $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        text = AutoLink().Replace(text, "$1");
        text = Heading().Replace(text, "");
        text = Rule().Replace(text, "");
        text = Emphasis().Replace(text, "$2");
        text = Code().Replace(text, "$1");
        text = Quote().Replace(text, "");
        text = TableRule().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"^[ \t]*(```|~~~).*$", RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?://|mailto:)[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[ \t]{0,3}([-*_][ \t]*){3,}$", RegexOptions.Multiline)]
    private static partial Regex Rule();

    [GeneratedRegex(@"(\*\*|__|\*|(?<![\w])_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[ \t]{0,3}>[ \t]?", RegexOptions.Multiline)]
    private static partial Regex Quote();

    [GeneratedRegex(@"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TableRule();
}
