using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Capture;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>
/// schema.org <c>JobPosting</c> in the page's JSON-LD: every <c>application/ld+json</c> block (pages carry several:
/// breadcrumbs, the organisation, the site), each walked whole, so a posting is found at the top, in a list, in
/// <c>@graph</c>, or under <c>mainEntity</c> or <c>itemListElement</c>. The JSON is read leniently: CDATA and comment
/// wrappers removed, trailing commas and comments allowed, raw line breaks inside strings escaped.
/// </summary>
public sealed partial class JsonLdExtractor : IJobPageExtractor
{
    private const int MaxDepth = 32;

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public ValueTask<FoundJob?> ReadAsync(JobPage page, CancellationToken ct)
    {
        var scripts = page.Document.QuerySelectorAll("script")
            .Where(s => s.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true);
        foreach (var script in scripts)
        {
            foreach (var posting in Postings(script.TextContent))
            {
                if (JobPostingValues.Read(posting, "json-ld") is { } job) return ValueTask.FromResult<FoundJob?>(job);
            }
        }
        return ValueTask.FromResult<FoundJob?>(null);
    }

    /// <summary>Every JobPosting in one block's JSON; none when the block cannot be read even leniently.</summary>
    public static IEnumerable<JsonElement> Postings(string block)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Tidied(block), Lenient);
        }
        catch (JsonException)
        {
            yield break;
        }
        using (document)
        {
            // Cloned, so the postings outlive the document.
            foreach (var posting in Walk(document.RootElement, 0).ToList()) yield return posting.Clone();
        }
    }

    private static IEnumerable<JsonElement> Walk(JsonElement element, int depth)
    {
        if (depth > MaxDepth) yield break;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var found in Walk(item, depth + 1)) yield return found;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (JobPostingValues.IsType(element, "JobPosting"))
            {
                yield return element;
                yield break;
            }
            foreach (var property in element.EnumerateObject())
                foreach (var found in Walk(property.Value, depth + 1)) yield return found;
        }
    }

    /// <summary>The block with its wrappers removed and line breaks inside strings escaped, as JSON must have them.</summary>
    private static string Tidied(string block)
    {
        var text = Wrappers().Replace(block, "").Trim();
        var sb = new StringBuilder(text.Length);
        var inString = false;
        var escaped = false;
        foreach (var c in text)
        {
            if (inString)
            {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                else if (c is '\n' or '\r' or '\t')
                {
                    sb.Append(c switch { '\n' => "\\n", '\r' => "\\r", _ => "\\t" });
                    continue;
                }
            }
            else if (c == '"') inString = true;
            sb.Append(c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$")]
    private static partial Regex Wrappers();
}
