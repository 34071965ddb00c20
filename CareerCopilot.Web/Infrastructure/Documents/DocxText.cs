using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CareerCopilot.Web.Domain.Resumes;
using DocumentFormat.OpenXml.Packaging;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>
/// A Word document's text: the headers first (where many resumes put name and contact), then the body, then the
/// footers. Paragraphs are lines, a table's cells are separated by tabs and its rows are lines, text boxes are read
/// once (their fallback copy for old readers is skipped). Every part is inflated through one budget, so a document
/// whose declared sizes lie still stops at <see cref="MaxInflatedBytes"/>.
/// </summary>
public static class DocxText
{
    /// <summary>Well past the XML of any resume (a long one is a few hundred kilobytes).</summary>
    public const long MaxInflatedBytes = 20L * 1024 * 1024;

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static string Read(string path, CancellationToken ct)
    {
        try
        {
            using (var zip = ZipFile.OpenRead(path)) ResumeFileInspector.CheckArchive(zip);

            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart
                ?? throw new ResumeReadException(ResumeError.ParseFailed, "The Word document has no body.");
            var budget = new InflateBudget(MaxInflatedBytes);
            var text = new StringBuilder();
            foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Append(main).Concat(main.FooterParts))
            {
                ct.ThrowIfCancellationRequested();
                AppendPart(part, budget, text);
                if (text.Length >= ResumeText.MaxLength) break;
            }
            return text.ToString();
        }
        catch (ResumeReadException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or OpenXmlPackageException or IOException or InvalidOperationException)
        {
            throw new ResumeReadException(ResumeError.ParseFailed, "The Word document is damaged and could not be read: " + e.GetType().Name);
        }
    }

    private static void AppendPart(OpenXmlPart part, InflateBudget budget, StringBuilder text)
    {
        using var stream = new CappedStream(part.GetStream(FileMode.Open, FileAccess.Read), budget);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        Append(reader, text);
    }

    /// <summary>What closing an element does to the text: a paragraph ends its line, a cell its column, a row its line.</summary>
    private enum Kind { Other, Paragraph, Cell, Row }

    /// <summary>
    /// Walks the part's XML as it streams in, with the open elements on an explicit stack rather than the call stack:
    /// a hostile document nested a hundred thousand levels deep (a few megabytes) must not overflow the stack, which
    /// no handler can catch and which would end the whole process. The root's children are what is read.
    /// </summary>
    private static void Append(XmlReader reader, StringBuilder text)
    {
        var open = new Stack<(Kind Kind, int Before)>();
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement) return;
        var rootDepth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > rootDepth)
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                Close(open.Pop(), text);
                reader.Read();
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            var name = XName.Get(reader.LocalName, reader.NamespaceURI);
            if (name == Mc + "Fallback" || name == W + "delText" || name == W + "instrText") reader.Skip();
            else if (name == W + "t") AppendText(reader, text);
            else if (name == W + "tab") Skip(reader, text, '\t');
            else if (name == W + "br" || name == W + "cr") Skip(reader, text, '\n');
            else
            {
                var kind = name == W + "p" ? Kind.Paragraph : name == W + "tc" ? Kind.Cell : name == W + "tr" ? Kind.Row : Kind.Other;
                var frame = (kind, text.Length);
                if (reader.IsEmptyElement) Close(frame, text);
                else open.Push(frame);
                reader.Read();
            }
        }
    }

    private static void Close((Kind Kind, int Before) frame, StringBuilder text)
    {
        switch (frame.Kind)
        {
            case Kind.Paragraph:
                if (text.Length > frame.Before && text[^1] != '\n') text.Append('\n');
                break;
            case Kind.Cell:
                if (text.Length > 0 && text[^1] == '\n') text.Length--;
                text.Append('\t');
                break;
            case Kind.Row:
                if (text.Length > 0 && text[^1] == '\t') text.Length--;
                text.Append('\n');
                break;
        }
    }

    /// <summary>A tab or a break: its one character, whatever it holds.</summary>
    private static void Skip(XmlReader reader, StringBuilder text, char character)
    {
        text.Append(character);
        reader.Skip();
    }

    /// <summary>A text run: all the text inside it, as its value reads (nested markup adds none of its own).</summary>
    private static void AppendText(XmlReader reader, StringBuilder text)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                text.Append(reader.Value);
            reader.Read();
        }
        reader.Read(); // past </w:t>
    }
}
