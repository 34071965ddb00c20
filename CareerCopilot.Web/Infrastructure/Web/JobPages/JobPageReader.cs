using AngleSharp.Html.Parser;
using CareerCopilot.Web.Domain.Capture;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>
/// Reads a job out of a page with every extractor in order of trust (JSON-LD, microdata, meta and text): the first
/// reading that names the job is kept and its gaps filled from the later ones. Invisible characters (zero-width, tag
/// block, variation selectors) are removed from the page before anything reads it, so none reaches a stored job.
/// </summary>
public sealed class JobPageReader(IEnumerable<IJobPageExtractor> extractors) : IJobPageReader
{
    private static readonly HtmlParser Parser = new();

    public async Task<FoundJob?> ReadAsync(Uri url, string html, CancellationToken ct)
    {
        var clean = Domain.Common.Text.Clean(html);
        using var document = await Parser.ParseDocumentAsync(clean, ct);
        var page = new JobPage(url, clean, document);
        FoundJob? found = null;
        foreach (var extractor in extractors)
        {
            if (await extractor.ReadAsync(page, ct) is not { } reading) continue;
            found = found is null ? reading : found.FilledFrom(reading);
            if (found.IsComplete && found.Location is not null && found.DescriptionText is not null) break;
        }
        return found is { IsComplete: true } ? found : null;
    }
}
