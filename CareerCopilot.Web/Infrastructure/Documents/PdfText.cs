using System.Text;
using CareerCopilot.Web.Domain.Resumes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>
/// A PDF's text in reading order: each page's words are grouped into blocks (Docstrum: lines, then blocks of lines that
/// belong together), the blocks ordered as a person reads them (a two-column page column by column), each block line by
/// line. A file PdfPig cannot parse is <see cref="ResumeError.ParseFailed"/>; one without text (a scan) is
/// <see cref="ResumeError.NoTextFound"/>, said by the caller.
/// </summary>
internal static class PdfText
{
    /// <summary>More than any resume has; the rest of a longer file is not read.</summary>
    public const int MaxPages = 30;

    /// <summary>
    /// <see cref="Read"/> on a pool thread, waited for at most <paramref name="timeout"/>; past it the file is
    /// <see cref="ResumeError.ParseFailed"/>. PdfPig cannot be cancelled mid-page, so work given up on is abandoned, not
    /// stopped: it finishes on its own (its thread returns to the pool then) and its result or error is dropped.
    /// </summary>
    public static async Task<string> ReadAsync(string path, TimeSpan timeout, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = stop.Token;
        var work = Task.Run(() => Read(path, token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            // Between pages the abandoned work sees the stop and ends early; its outcome is observed so nothing is reported unobserved.
            await stop.CancelAsync();
            _ = work.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new ResumeReadException(ResumeError.ParseFailed, "The PDF took too long to read and was given up; it may be damaged. Export it again or upload the file it was written in.");
        }
    }

    public static string Read(string path, CancellationToken ct)
    {
        try
        {
            using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            var text = new StringBuilder();
            for (var number = 1; number <= Math.Min(document.NumberOfPages, MaxPages) && text.Length < ResumeText.MaxLength; number++)
            {
                ct.ThrowIfCancellationRequested();
                AppendPage(document.GetPage(number), text);
            }
            return text.ToString();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (ResumeReadException)
        {
            throw;
        }
#pragma warning disable CA1031 // PdfPig throws many kinds on a damaged file; every one of them means the same to the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            throw new ResumeReadException(ResumeError.ParseFailed, "The PDF is damaged or incomplete and could not be read: " + e.GetType().Name);
        }
    }

    private static void AppendPage(Page page, StringBuilder text)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0) return;
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder))
        {
            foreach (var line in block.TextLines) text.Append(line.Text).Append('\n');
            text.Append('\n');
        }
    }
}
