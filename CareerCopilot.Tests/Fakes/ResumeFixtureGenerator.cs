using System.Diagnostics;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Fakes;

/// <summary>
/// Writes the labelled set's binary resumes from their sources (Fixtures/Resumes/sources/NAME.KIND.txt): "@@banner",
/// "@@sidebar" and "@@main" make a two-column PDF, "@@page" starts a new page, "@@header" lines go to a DOCX's page
/// header and "@@body" to its body (tab-separated lines become a table, "[box] " a text box); a line starting "# " is
/// a heading. A .doc is the DOCX converted to Word 97–2003 by LibreOffice Writer, which only the machine regenerating the set needs.
/// </summary>
public static class ResumeFixtureGenerator
{
    public static string SourceDirectory => Path.Combine(Path.GetDirectoryName(SourceTree.WebProject)!, "CareerCopilot.Tests", "Fixtures", "Resumes");

    /// <summary>Every generated file's name and bytes (a .doc's bytes are its DOCX, for AbiWord to convert).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Build(string directory)
    {
        foreach (var source in Directory.GetFiles(Path.Combine(directory, "sources"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(source);
            var parts = Parts(File.ReadAllLines(source));
            var kind = Path.GetExtension(name);
            yield return kind switch
            {
                ".pdf" when parts.ContainsKey("sidebar") => (name, ResumeFiles.TwoColumnPdf(parts["banner"], parts["sidebar"], parts["main"])),
                ".pdf" => (name, ResumeFiles.Pdf(parts["body"])),
                ".docx" or ".doc" => (name, ResumeFiles.Docx([.. parts.GetValueOrDefault("header", []), .. parts["body"]], parts.GetValueOrDefault("header", []).Count)),
                _ => throw new InvalidDataException($"{source}: no generator for {kind}"),
            };
        }
        yield return ("scanned-resume.pdf", ResumeFiles.ScannedPdf());
    }

    public static void Write(string directory)
    {
        foreach (var (name, bytes) in Build(directory))
        {
            var path = Path.Combine(directory, name);
            if (Path.GetExtension(name) != ".doc")
            {
                File.WriteAllBytes(path, bytes);
                continue;
            }
            var docx = Path.Combine(Path.GetTempPath(), Path.ChangeExtension(name, ".docx"));
            File.WriteAllBytes(docx, bytes);
            var start = new ProcessStartInfo("soffice") { UseShellExecute = false };
            foreach (var argument in new[] { "--headless", "--convert-to", "doc:MS Word 97", "--outdir", directory, docx }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            File.Delete(docx);
            if (process.ExitCode != 0 || !File.Exists(path)) throw new InvalidOperationException($"LibreOffice could not convert {name}");
        }
    }

    /// <summary>The source's lines by part; lines before any marker are the body, "@@page" a form feed.</summary>
    private static Dictionary<string, List<string>> Parts(string[] lines)
    {
        var parts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = "body";
        foreach (var line in lines)
        {
            if (line.StartsWith("@@", StringComparison.Ordinal) && line != "@@page")
            {
                current = line[2..];
                continue;
            }
            if (!parts.TryGetValue(current, out var list)) parts[current] = list = [];
            if (line == "@@page") list.Add("\f");
            else list.Add(line);
        }
        return parts;
    }
}
