using System.IO.Compression;
using System.Text;
using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>
/// Tells a resume file's kind from its bytes: <c>%PDF-</c> is a PDF; a zip holding <c>[Content_Types].xml</c> and
/// <c>word/document.xml</c> is a DOCX (any other zip is not a resume); an OLE2 compound file is a Word 97–2003
/// document; strict UTF-8 (or UTF-16 with its byte-order mark) without binary control bytes is text, Markdown when
/// the name says so. Anything else (an executable, an image, a renamed spreadsheet, an RTF file) is none of them. A DOCX's central
/// directory is read, never its contents, and too many entries or too large a declared size is refused.
/// </summary>
public sealed class ResumeFileInspector : IResumeFileInspector
{
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Readers accept a PDF header a little way in (after a mail gateway's junk, say), as Acrobat does.</summary>
    private const int PdfHeaderReach = 1024;

    public async Task<ResumeFileKind?> InspectAsync(string path, string fileName, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        var head = new byte[PdfHeaderReach];
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var start = head.AsSpan(0, read);

        if (start.IndexOf("%PDF-"u8) >= 0) return ResumeFileKind.Pdf;
        if (start.StartsWith(Ole2)) return ResumeFileKind.Doc;
        if (start.StartsWith(Zip))
        {
            file.Position = 0;
            return IsWordArchive(file) ? ResumeFileKind.Docx : null;
        }
        // Rich Text Format passes for text but is markup through and through: not a kind a resume is read from.
        if (start.StartsWith("{\\rtf"u8) || file.Length > ResumeLimits.MaxFileBytes) return null;

        file.Position = 0;
        var bytes = new byte[file.Length];
        await file.ReadExactlyAsync(bytes, ct);
        if (Decode(bytes) is null) return null;
        var name = fileName.Trim();
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? ResumeFileKind.Markdown
            : ResumeFileKind.Text;
    }

    /// <summary>
    /// Whether the zip is a Word document, from its central directory only; throws
    /// <see cref="ResumeError.ArchiveTooLarge"/> past <see cref="ResumeLimits.MaxArchiveEntries"/> entries or
    /// <see cref="ResumeLimits.MaxArchiveUncompressedBytes"/> declared. A zip that cannot be read is no resume.
    /// </summary>
    public static bool IsWordArchive(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            CheckArchive(zip);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static void CheckArchive(ZipArchive zip)
    {
        var entries = zip.Entries;
        if (entries.Count > ResumeLimits.MaxArchiveEntries)
            throw new ResumeReadException(ResumeError.ArchiveTooLarge,
                $"The document holds {entries.Count} parts; a resume needs far fewer than {ResumeLimits.MaxArchiveEntries}.");
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (entry.Length < 0 || total > ResumeLimits.MaxArchiveUncompressedBytes)
                throw new ResumeReadException(ResumeError.ArchiveTooLarge,
                    $"The document would unpack to more than {ResumeLimits.MaxArchiveUncompressedBytes / (1024 * 1024)} MB.");
        }
    }

    /// <summary>
    /// The text of bytes that are text: UTF-16 with its byte-order mark, else strict UTF-8 (with or without a mark);
    /// null when they do not decode or hold a NUL or another binary control byte. An empty file is empty text.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes[2..]);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes[2..]);
            else
            {
                if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
                text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            }
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        foreach (var c in text)
            if (c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f') return null;
            else if (c is '\u007F' or '\uFFFD') return null;
        return text;
    }
}
