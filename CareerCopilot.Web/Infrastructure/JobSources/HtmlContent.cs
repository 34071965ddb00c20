using System.Net;
using System.Text;
using AngleSharp.Dom;
using Ganss.Xss;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>
/// A board's description HTML made safe to show and readable as text: entity-encoded HTML decoded first (Greenhouse
/// sends <c>&amp;lt;p&amp;gt;</c>), then only formatting and links kept (no script, style, images, forms or event
/// handlers), and the text taken from the same tree with paragraphs and list items on lines of their own.
/// </summary>
public static class HtmlContent
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "TABLE", "BLOCKQUOTE", "PRE", "HR", "SECTION",
    };

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "a", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "span", "div", "hr", "section" })
            sanitizer.AllowedTags.Add(tag);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
                link.SetAttribute("target", "_blank");
            }
        };
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedAttributes.Add("target");
        return sanitizer;
    }

    /// <summary>Safe HTML and its text; both null when there is nothing to show.</summary>
    public static (string? Html, string? Text) Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return (null, null);
        var decoded = DecodeEntities(html);
        using var document = Sanitizer.SanitizeDom(decoded);
        var body = document.Body!;
        var text = TextOf(body);
        return text.Length == 0 ? (null, null) : (body.InnerHtml.Trim(), text);
    }

    /// <summary>The text of some HTML, for boards that send a snippet or plain text with entities in it.</summary>
    public static string? Text(string? html) => Clean(html).Text;

    /// <summary>Decodes entities while the text looks encoded (escaped tags, no real ones), at most three times.</summary>
    private static string DecodeEntities(string html)
    {
        for (var i = 0; i < 3 && html.Contains("&lt;", StringComparison.Ordinal) && !html.Contains('<', StringComparison.Ordinal); i++)
            html = WebUtility.HtmlDecode(html);
        return html;
    }

    private static string TextOf(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        var lines = sb.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) sb.Append(text.Data);
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.TagName);
                if (block) sb.Append('\n');
                if (element.TagName == "LI") sb.Append("- ");
                Walk(element, sb);
                if (block) sb.Append('\n');
            }
        }
    }
}
