using AngleSharp.Html.Dom;
using CareerCopilot.Web.Domain.Capture;

namespace CareerCopilot.Web.Infrastructure.Web.JobPages;

/// <summary>A page as every extractor sees it: its address, its HTML (invisible characters already removed) and its parsed tree.</summary>
public sealed record JobPage(Uri Url, string Html, IHtmlDocument Document);

/// <summary>
/// One way of reading a job out of a page. <see cref="JobPageReader"/> asks each in order of trust and fills the first
/// one's gaps from the later ones. The interface is asynchronous so that a model-based extractor (an LLM reading the
/// page's text, its answer validated like any input) can later be appended as the last, costliest fallback.
/// </summary>
public interface IJobPageExtractor
{
    ValueTask<FoundJob?> ReadAsync(JobPage page, CancellationToken ct);
}
