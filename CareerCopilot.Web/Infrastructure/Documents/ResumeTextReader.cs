using CareerCopilot.Web.Domain.Resumes;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>
/// Reads a stored resume file of a kind <see cref="ResumeFileInspector"/> has named into clean text (see
/// <see cref="ResumeText.Clean"/>). A file with no words in it is <see cref="ResumeError.NoTextFound"/>: an empty
/// file, or a PDF that is only pictures of pages.
/// </summary>
public sealed class ResumeTextReader(IOptions<DocumentsOptions> options) : IResumeTextReader
{
    public async Task<string> ReadAsync(string path, ResumeFileKind kind, CancellationToken ct)
    {
        var raw = kind switch
        {
            ResumeFileKind.Pdf => await PdfText.ReadAsync(path, options.Value.PdfTimeout, ct),
            ResumeFileKind.Docx => await Task.Run(() => DocxText.Read(path, ct), ct),
            ResumeFileKind.Doc => await CatdocText.ReadAsync(path, options.Value, ct),
            ResumeFileKind.Markdown => await PlainText.ReadAsync(path, markdown: true, ct),
            _ => await PlainText.ReadAsync(path, markdown: false, ct),
        };
        var text = ResumeText.Clean(raw).Trim();
        if (!text.Any(char.IsLetterOrDigit))
            throw new ResumeReadException(ResumeError.NoTextFound, kind == ResumeFileKind.Pdf
                ? "The PDF has no text to read: it looks like a scan or a picture of a page. Upload the file your resume was written in, or a PDF exported from it."
                : "The file has no text in it.");
        return text;
    }
}
