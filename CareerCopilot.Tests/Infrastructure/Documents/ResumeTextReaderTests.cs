using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Documents;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Tests.Infrastructure.Documents;

public sealed class ResumeTextReaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("resume-reader-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static ResumeTextReader Reader(string catdoc = "catdoc") => new(Options.Create(new DocumentsOptions { CatdocPath = catdoc }));

    private async Task<string> WriteAsync(byte[] bytes)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private async Task<string> ReadAsync(byte[] bytes, ResumeFileKind kind, ResumeTextReader? reader = null) =>
        await (reader ?? Reader()).ReadAsync(await WriteAsync(bytes), kind, CancellationToken.None);

    private async Task<ResumeError> RefusalAsync(byte[] bytes, ResumeFileKind kind, ResumeTextReader? reader = null) =>
        (await Assert.ThrowsAsync<ResumeReadException>(() => ReadAsync(bytes, kind, reader))).Error;

    [Fact]
    public async Task Reads_a_two_column_pdf_column_by_column()
    {
        var text = await ReadAsync(ResumeFiles.TwoColumnPdf(["Jane Doe"],
            ["# Contact", "jane@example.com", "+44 20 7946 0958", "# Skills", "Python", "Docker"],
            ["# Experience", "Senior Engineer, Contoso", "Mar 2021 - Present", "Built the billing service end to end.", "Engineer, Fabrikam", "2017 - 2021"]), ResumeFileKind.Pdf);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        Assert.Equal("Jane Doe", lines[0]);
        // Each column's lines stay whole and in order: no line mixes the sidebar with the main column.
        Assert.Contains("Senior Engineer, Contoso", lines);
        Assert.Contains("Built the billing service end to end.", lines);
        Assert.True(lines.IndexOf("jane@example.com") < lines.IndexOf("+44 20 7946 0958"));
        Assert.True(lines.IndexOf("Senior Engineer, Contoso") < lines.IndexOf("Mar 2021 - Present"));
        Assert.True(lines.IndexOf("Mar 2021 - Present") < lines.IndexOf("Engineer, Fabrikam"));
    }

    [Fact]
    public async Task A_scanned_pdf_has_no_text() =>
        Assert.Equal(ResumeError.NoTextFound, await RefusalAsync(ResumeFiles.ScannedPdf(), ResumeFileKind.Pdf));

    [Fact]
    public async Task A_truncated_pdf_cannot_be_parsed()
    {
        var pdf = ResumeFiles.Pdf(Enumerable.Range(1, 80).Select(i => $"Line {i} of a long resume with enough words"));
        Assert.Equal(ResumeError.ParseFailed, await RefusalAsync(pdf[..(pdf.Length / 2)], ResumeFileKind.Pdf));
    }

    [Fact]
    public async Task A_pdf_that_takes_longer_than_its_deadline_cannot_be_parsed()
    {
        // Thirty full pages take PdfPig far longer than a millisecond: the reader stops waiting and says so.
        var pdf = ResumeFiles.Pdf(Enumerable.Range(1, 30 * 70).Select(i => $"Line {i} of a long resume with enough words to fill the page"));
        var reader = new ResumeTextReader(Options.Create(new DocumentsOptions { PdfTimeout = TimeSpan.FromMilliseconds(1) }));
        var refusal = await Assert.ThrowsAsync<ResumeReadException>(() => ReadAsync(pdf, ResumeFileKind.Pdf, reader));
        Assert.Equal(ResumeError.ParseFailed, refusal.Error);
        Assert.Contains("too long", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_has_no_text() =>
        Assert.Equal(ResumeError.NoTextFound, await RefusalAsync([], ResumeFileKind.Text));

    [Fact]
    public async Task Reads_a_docx_header_body_table_and_text_box_once()
    {
        var text = await ReadAsync(ResumeFiles.Docx(["Jane Doe", "jane@example.com", "Experience", "Python\tDocker\tAzure", "[box] Open to relocation"], headerLines: 2), ResumeFileKind.Docx);
        Assert.Equal("Jane Doe\njane@example.com\nExperience\nPython\tDocker\tAzure\nOpen to relocation", text);
    }

    [Fact]
    public async Task Stops_inflating_a_docx_past_its_cap() =>
        Assert.Equal(ResumeError.ArchiveTooLarge, await RefusalAsync(ResumeFiles.DocxWithHugeBody(DocxText.MaxInflatedBytes + (2 * 1024 * 1024)), ResumeFileKind.Docx));

    [Fact]
    public async Task Refuses_a_docx_whose_declared_sizes_lie()
    {
        // The runtime's zip reader notices the lie first (more bytes than declared); either way nothing is inflated past the cap.
        var refusal = await Assert.ThrowsAsync<ResumeReadException>(() => ReadAsync(ResumeFiles.DocxLyingAboutItsSize(DocxText.MaxInflatedBytes + (2 * 1024 * 1024)), ResumeFileKind.Docx));
        Assert.True(refusal.Error is ResumeError.ArchiveTooLarge or ResumeError.ParseFailed, refusal.Message);
    }

    [Fact]
    public async Task Refuses_a_docx_bomb_even_unchecked_by_the_inspector() =>
        Assert.Equal(ResumeError.ArchiveTooLarge, await RefusalAsync(ResumeFiles.DocxWithManyEntries(ResumeLimits.MaxArchiveEntries + 1), ResumeFileKind.Docx));

    [Fact]
    public async Task Reads_a_docx_nested_a_hundred_thousand_levels_deep_without_running_out_of_stack()
    {
        // Walked by recursion, this overflows the stack: an exception nothing can catch, ending the whole process.
        var text = await ReadAsync(ResumeFiles.DocxNestedDeep(100_000, "Python developer"), ResumeFileKind.Docx);
        Assert.Equal("Jane Doe\nPython developer", text);
    }

    [Fact]
    public async Task Strips_invisible_characters_and_markdown()
    {
        var text = await ReadAsync("# Jane\u200B Doe\n\n**Skills:** [GitHub](https://github.com/jane) `Python`\U000E0041"u8.ToArray(), ResumeFileKind.Markdown);
        Assert.Equal("Jane Doe\n\nSkills: GitHub (https://github.com/jane) Python", text);
    }

    [Fact]
    public async Task Reads_a_word_97_document_through_catdoc()
    {
        var text = await Reader().ReadAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes", "james-okafor.doc"), ResumeFileKind.Doc, CancellationToken.None);
        Assert.StartsWith("JAMES OKAFOR\nCloud Engineer", text, StringComparison.Ordinal);
        Assert.Contains("+44 20 7946 0958", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_word_97_document_cannot_be_parsed() =>
        Assert.Equal(ResumeError.ParseFailed, await RefusalAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3], ResumeFileKind.Doc));

    [Fact]
    public async Task Names_the_package_when_catdoc_is_missing()
    {
        var refusal = await Assert.ThrowsAsync<ResumeReadException>(() => ReadAsync([0xD0, 0xCF, 0x11, 0xE0], ResumeFileKind.Doc, Reader("/nonexistent/catdoc")));
        Assert.Equal(ResumeError.DocReaderMissing, refusal.Error);
        Assert.Contains("catdoc", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install catdoc", refusal.Message, StringComparison.Ordinal);
    }
}
