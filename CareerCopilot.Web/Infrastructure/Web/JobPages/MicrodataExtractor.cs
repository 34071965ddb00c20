using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using CareerCopilot.Web.Domain.Capture;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>
/// schema.org <c>JobPosting</c> in microdata (<c>itemscope itemtype=".../JobPosting"</c> with <c>itemprop</c>s): the
/// item is turned into the JSON its JSON-LD would be, nested items (the organisation, the place and its address) as
/// nested objects, and read by the same <see cref="JobPostingValues"/>.
/// </summary>
public sealed class MicrodataExtractor : IJobPageExtractor
{
    public ValueTask<FoundJob?> ReadAsync(JobPage page, CancellationToken ct)
    {
        var item = page.Document.QuerySelectorAll("[itemscope][itemtype]")
            .FirstOrDefault(e => e.GetAttribute("itemtype")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(t => t.TrimEnd('/').EndsWith("schema.org/JobPosting", StringComparison.OrdinalIgnoreCase)));
        if (item is null) return ValueTask.FromResult<FoundJob?>(null);
        using var json = JsonDocument.Parse(ItemOf(item, 0).ToJsonString());
        return ValueTask.FromResult(JobPostingValues.Read(json.RootElement, "microdata"));
    }

    private static JsonObject ItemOf(IElement scope, int depth)
    {
        var item = new JsonObject();
        if (scope.GetAttribute("itemtype") is { } type) item["@type"] = type.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        foreach (var property in PropertiesOf(scope))
        {
            JsonNode? value = property.HasAttribute("itemscope") && depth < 8
                ? ItemOf(property, depth + 1)
                : JsonValue.Create(ValueOf(property));
            foreach (var name in property.GetAttribute("itemprop")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // The first value of a property wins; a second (a list of places) is kept as a list.
                if (item[name] is null) item[name] = value?.DeepClone();
                else if (item[name] is JsonArray list) list.Add(value?.DeepClone());
                else item[name] = new JsonArray(item[name]!.DeepClone(), value?.DeepClone());
            }
        }
        return item;
    }

    /// <summary>
    /// The item's own properties: descendants with itemprop that are not inside a nested item. Walked with a stack of
    /// its own, not by recursion, so a hostile page nested thousands deep costs time, never the process.
    /// </summary>
    private static IEnumerable<IElement> PropertiesOf(IElement scope)
    {
        var pending = new Stack<IElement>(scope.Children.Reverse());
        while (pending.TryPop(out var element))
        {
            if (element.HasAttribute("itemprop")) yield return element;
            if (element.HasAttribute("itemscope")) continue;
            foreach (var child in element.Children.Reverse()) pending.Push(child);
        }
    }

    private static string ValueOf(IElement element) => element.LocalName switch
    {
        "meta" => element.GetAttribute("content") ?? "",
        "a" or "link" or "area" => element.GetAttribute("href") ?? "",
        "img" or "audio" or "video" or "source" => element.GetAttribute("src") ?? "",
        "time" => element.GetAttribute("datetime") ?? element.TextContent,
        "data" or "meter" => element.GetAttribute("value") ?? element.TextContent,
        _ when element.GetAttribute("itemprop")!.Contains("description", StringComparison.OrdinalIgnoreCase) => element.InnerHtml,
        _ => element.GetAttribute("content") ?? element.TextContent,
    };
}
