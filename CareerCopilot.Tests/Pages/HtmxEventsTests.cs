using System.Text.RegularExpressions;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Pages;

namespace CareerCopilot.Tests.Pages;

/// <summary>site.js cannot use the C# constants, so its event names are checked against them here.</summary>
public sealed class HtmxEventsTests
{
    [Fact]
    public void Site_js_listens_for_the_events_the_server_raises_by_their_names()
    {
        var script = File.ReadAllText(Path.Combine(SourceTree.WebProject, "wwwroot", "js", "site.js"));
        // Ours are hyphenated; the browser's ("click", "dragstart") are not, and htmx's carry a colon ("htmx:load").
        var listened = Regex.Matches(script, """addEventListener\("([^"]+)"(?=,)""").Select(m => m.Groups[1].Value)
            .Where(name => name.Contains('-') && !name.Contains(':')).ToHashSet();

        Assert.Subset(HtmxEvents.All.ToHashSet(), listened);
        Assert.Contains(HtmxEvents.ShowMessage, listened);
        Assert.Contains(HtmxEvents.JobsChanged, listened);
    }

    [Fact]
    public void Pages_name_the_events_only_through_the_constants()
    {
        var written = Directory.EnumerateFiles(Path.Combine(SourceTree.WebProject, "Pages"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "HtmxEvents.cs")
            .SelectMany(f => HtmxEvents.All.Where(e => File.ReadAllText(f).Contains($"\"{e}")).Select(e => $"{Path.GetFileName(f)}: {e}"));
        Assert.Empty(written);
    }
}
