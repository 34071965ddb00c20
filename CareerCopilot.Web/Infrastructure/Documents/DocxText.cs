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
        var root = XElement.Load(reader);
        Append(root, text);
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Elements())
        {
            var name = node.Name;
            if (name == Mc + "Fallback") continue;
            if (name == W + "t") text.Append(node.Value);
            else if (name == W + "tab") text.Append('\t');
            else if (name == W + "br" || name == W + "cr") text.Append('\n');
            else if (name == W + "p")
            {
                var before = text.Length;
                Append(node, text);
                if (text.Length > before && text[^1] != '\n') text.Append('\n');
            }
            else if (name == W + "tc")
            {
                Append(node, text);
                if (text.Length > 0 && text[^1] == '\n') text.Length--;
                text.Append('\t');
            }
            else if (name == W + "tr")
            {
                Append(node, text);
                if (text.Length > 0 && text[^1] == '\t') text.Length--;
                text.Append('\n');
            }
            else if (name == W + "delText" || name == W + "instrText") continue;
            else Append(node, text);
        }
    }
}
