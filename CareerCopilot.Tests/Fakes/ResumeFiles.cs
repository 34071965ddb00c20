using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace CareerCopilot.Tests.Fakes;

/// <summary>
/// Writes resume files for the tests and for the labelled set: PDFs in one or two columns (PdfPig's builder), a PDF
/// that is only a picture of a page, Word documents with a header, a table and a text box (Open XML SDK), and the
/// malicious ones: archives that would inflate too far or hold too many parts, an executable under a resume's name.
/// </summary>
public static class ResumeFiles
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 50;
    private const double LineHeight = 14;

    /// <summary>One column, as many pages as the lines need (a form feed line starts a new one); a line starting "# " is set larger, as a heading.</summary>
    public static byte[] Pdf(IEnumerable<string> lines)
    {
        using var builder = new PdfDocumentBuilder();
        var (regular, bold) = Fonts(builder);
        var page = builder.AddPage(PageWidth, PageHeight);
        var y = PageHeight - Margin;
        foreach (var line in lines)
        {
            if (y < Margin || line == "\f")
            {
                page = builder.AddPage(PageWidth, PageHeight);
                y = PageHeight - Margin;
            }
            if (line == "\f")
            {
                y = PageHeight - Margin;
                continue;
            }
            var heading = line.StartsWith("# ", StringComparison.Ordinal);
            if (line.Length > 0) page.AddText(heading ? line[2..] : line, heading ? 13 : 10, new PdfPoint(Margin, y), heading ? bold : regular);
            y -= heading ? LineHeight * 1.5 : LineHeight;
        }
        return builder.Build();
    }

    /// <summary>
    /// A banner across the top (name and title), then a narrow sidebar on the left and the main column on the right,
    /// both starting at the same height: read line by line across the page, the two would interleave.
    /// </summary>
    public static byte[] TwoColumnPdf(IEnumerable<string> banner, IEnumerable<string> sidebar, IEnumerable<string> main)
    {
        using var builder = new PdfDocumentBuilder();
        var (regular, bold) = Fonts(builder);
        var page = builder.AddPage(PageWidth, PageHeight);
        var y = PageHeight - Margin;
        foreach (var line in banner)
        {
            page.AddText(line, 16, new PdfPoint(Margin, y), bold);
            y -= 22;
        }
        y -= 16;
        Column(sidebar, Margin, y, 8.5);
        Column(main, 235, y, 10);
        return builder.Build();

        void Column(IEnumerable<string> lines, double x, double top, double size)
        {
            var at = top;
            foreach (var line in lines)
            {
                var heading = line.StartsWith("# ", StringComparison.Ordinal);
                if (line.Length > 0) page.AddText(heading ? line[2..] : line, heading ? size + 2 : size, new PdfPoint(x, at), heading ? bold : regular);
                at -= heading ? LineHeight * 1.4 : LineHeight;
            }
        }
    }

    /// <summary>DejaVu Sans (Debian's fonts-dejavu-core, which the tests install): the standard 14 fonts have no "ü" or "é".</summary>
    private static (PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold) Fonts(PdfDocumentBuilder builder) =>
        (builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")),
         builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")));

    /// <summary>A page that is only a picture (a scan): no text layer at all.</summary>
    public static byte[] ScannedPdf()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageWidth, PageHeight);
        page.AddPng(GreyPng(64, 90), new PdfRectangle(Margin, Margin, PageWidth - Margin, PageHeight - Margin));
        return builder.Build();
    }

    /// <summary>
    /// A Word document: the first <paramref name="headerLines"/> in the page header, the rest as paragraphs; a line
    /// with tabs becomes a table row (cells), a line starting "[box] " a text box.
    /// </summary>
    public static byte[] Docx(IReadOnlyList<string> lines, int headerLines = 0)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in lines.Skip(headerLines))
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    if (table is null)
                    {
                        table = new Table();
                        body.Append(table);
                    }
                    table.Append(new TableRow(line.Split('\t').Select(cell => new TableCell(Paragraph(cell)))));
                    continue;
                }
                table = null;
                body.Append(line.StartsWith("[box] ", StringComparison.Ordinal) ? TextBox(line[6..]) : Paragraph(line));
            }
            main.Document = new Document(body);
            if (headerLines > 0)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(lines.Take(headerLines).Select(Paragraph));
                var id = main.GetIdOfPart(header);
                body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = id }));
            }
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A text box as Word writes it: the DrawingML box, and a VML copy for old readers in the fallback.</summary>
    private static Paragraph TextBox(string text)
    {
        const string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
            "xmlns:v=\"urn:schemas-microsoft-com:vml\"";
        var escaped = System.Security.SecurityElement.Escape(text);
        var xml = $"<w:r {ns}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>{escaped}</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>{escaped}</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        return new Paragraph { InnerXml = xml };
    }

    /// <summary>A Word-looking archive with more parts than a resume has.</summary>
    public static byte[] DocxWithManyEntries(int entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<Types/>");
            Entry(zip, "word/document.xml", "<w:document/>");
            for (var i = 0; i < entries; i++) Entry(zip, $"word/media/part{i}.xml", "x");
        }
        return stream.ToArray();
    }

    /// <summary>A Word-looking archive whose document.xml inflates to <paramref name="bytes"/> of zeros (a few KB on disk).</summary>
    public static byte[] DocxInflatingTo(long bytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<Types/>");
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += zeros.Length) entry.Write(zeros, 0, (int)Math.Min(zeros.Length, bytes - written));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// An archive that declares small sizes but whose document.xml inflates far further: the central directory's and
    /// the local header's sizes are rewritten after writing, as a hostile file would have them.
    /// </summary>
    public static byte[] DocxLyingAboutItsSize(long inflatedBytes)
    {
        var bytes = DocxInflatingTo(inflatedBytes);
        var name = "word/document.xml"u8.ToArray();
        // Central directory headers (PK\x01\x02): uncompressed size at +24. Local headers (PK\x03\x04): at +22.
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 1000u);
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 1000u);
        }
        return bytes;
    }

    /// <summary>
    /// A real Word document whose body is <paramref name="bytes"/> of well-formed XML (mostly spaces): honest sizes, under
    /// the archive limit, but more than the reader inflates.
    /// </summary>
    public static byte[] DocxWithHugeBody(long bytes)
    {
        using var stream = new MemoryStream();
        stream.Write(Docx(["Jane Doe"]));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            entry.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < bytes; written += spaces.Length) entry.Write(spaces, 0, (int)Math.Min(spaces.Length, bytes - written));
            entry.Write("</w:body></w:document>"u8);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A real Word document whose body nests <paramref name="levels"/> content controls one inside the next, with one
    /// paragraph at the bottom: a few megabytes of XML that a reader walking it by recursion cannot survive.
    /// </summary>
    public static byte[] DocxNestedDeep(int levels, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(Docx(["Jane Doe"]));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            entry.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p>"u8);
            for (var i = 0; i < levels; i++) entry.Write("<w:sdt><w:sdtContent>"u8);
            entry.Write(Encoding.UTF8.GetBytes($"<w:p><w:r><w:t>{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>"));
            for (var i = 0; i < levels; i++) entry.Write("</w:sdtContent></w:sdt>"u8);
            entry.Write("</w:body></w:document>"u8);
        }
        return stream.ToArray();
    }

    /// <summary>A zip that is no Word document (a renamed spreadsheet or jar).</summary>
    public static byte[] OtherZip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<Types/>");
            Entry(zip, "xl/workbook.xml", "<workbook/>");
        }
        return stream.ToArray();
    }

    /// <summary>The start of a Windows executable: "MZ", the DOS stub, and the zeros that follow.</summary>
    public static byte[] Executable()
    {
        var bytes = new byte[2048];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(bytes, 78);
        return bytes;
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }

    /// <summary>A small grey PNG with a little texture, like a scanned page shrunk.</summary>
    private static byte[] GreyPng(int width, int height)
    {
        var raw = new byte[height * (width + 1)];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                raw[(y * (width + 1)) + 1 + x] = (byte)(200 + ((x * 7 + y * 13) % 40));
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)width);
        WriteBigEndian(header, 4, (uint)height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32([.. typeBytes, .. data]));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    private static void WriteBigEndian(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
