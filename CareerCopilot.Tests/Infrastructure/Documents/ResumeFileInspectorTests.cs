using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Documents;

namespace CareerCopilot.Tests.Infrastructure.Documents;

public sealed class ResumeFileInspectorTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("resume-inspector-").FullName;
    private readonly ResumeFileInspector inspector = new();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private async Task<ResumeFileKind?> InspectAsync(byte[] bytes, string name)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, bytes);
        return await inspector.InspectAsync(path, name, CancellationToken.None);
    }

    [Fact]
    public async Task Knows_a_pdf_docx_and_doc_by_their_bytes_whatever_their_names()
    {
        Assert.Equal(ResumeFileKind.Pdf, await InspectAsync(ResumeFiles.Pdf(["Jane Doe"]), "resume.txt"));
        Assert.Equal(ResumeFileKind.Docx, await InspectAsync(ResumeFiles.Docx(["Jane Doe"]), "resume.pdf"));
        Assert.Equal(ResumeFileKind.Doc, await InspectAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "resume.docx"));
    }

    [Fact]
    public async Task Reads_text_as_markdown_only_when_its_name_says_so()
    {
        Assert.Equal(ResumeFileKind.Text, await InspectAsync("Jane Doe\nEngineer"u8.ToArray(), "resume.txt"));
        Assert.Equal(ResumeFileKind.Markdown, await InspectAsync("# Jane Doe"u8.ToArray(), "resume.MD"));
        Assert.Equal(ResumeFileKind.Markdown, await InspectAsync("# Jane Doe"u8.ToArray(), "cv.markdown"));
        Assert.Equal(ResumeFileKind.Text, await InspectAsync([0xFF, 0xFE, (byte)'J', 0, (byte)'D', 0], "resume"));
    }

    [Fact]
    public async Task An_empty_file_is_empty_text_for_the_reader_to_refuse() =>
        Assert.Equal(ResumeFileKind.Text, await InspectAsync([], "resume.pdf"));

    [Fact]
    public async Task Refuses_executables_images_other_zips_and_binary_text()
    {
        Assert.Null(await InspectAsync(ResumeFiles.Executable(), "resume.pdf"));
        Assert.Null(await InspectAsync([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0], "resume.docx"));
        Assert.Null(await InspectAsync([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "resume.png.pdf"));
        Assert.Null(await InspectAsync(ResumeFiles.OtherZip(), "resume.docx"));
        Assert.Null(await InspectAsync("{\\rtf1\\ansi Jane Doe}"u8.ToArray(), "resume.doc"));
        Assert.Null(await InspectAsync("Jane\0Doe"u8.ToArray(), "resume.txt"));
        Assert.Null(await InspectAsync([(byte)'J', 0xC3, 0x28], "resume.txt"));
    }

    [Fact]
    public async Task Refuses_a_docx_with_too_many_entries_before_inflating_it()
    {
        var refusal = await Assert.ThrowsAsync<ResumeReadException>(() => InspectAsync(ResumeFiles.DocxWithManyEntries(ResumeLimits.MaxArchiveEntries + 1), "cv.docx"));
        Assert.Equal(ResumeError.ArchiveTooLarge, refusal.Error);
    }

    [Fact]
    public async Task Refuses_a_docx_that_declares_a_huge_size()
    {
        var refusal = await Assert.ThrowsAsync<ResumeReadException>(() => InspectAsync(ResumeFiles.DocxInflatingTo(ResumeLimits.MaxArchiveUncompressedBytes + (1024 * 1024)), "cv.docx"));
        Assert.Equal(ResumeError.ArchiveTooLarge, refusal.Error);
    }
}
