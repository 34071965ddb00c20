using BenchmarkDotNet.Attributes;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Domain.Skills;
using CareerCopilot.Web.Infrastructure.Documents;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Benchmarks;

/// <summary>
/// A two-page PDF resume from the labelled set (samuel-adeyemi.pdf: four roles, projects, education, sixteen skills)
/// read as an upload is: text in reading order (PdfPig's layout analysis), then the parser (contact, sections, roles,
/// years, education, skills).
/// </summary>
[MemoryDiagnoser]
public class ResumeBenchmarks
{
    private readonly DateOnly today = new(2026, 12, 1);
    private string path = null!;
    private ResumeTextReader reader = null!;
    private ResumeParser parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        path = Find(Path.Combine("CareerCopilot.Tests", "Fixtures", "Resumes", "samuel-adeyemi.pdf"));
        reader = new ResumeTextReader(Options.Create(new DocumentsOptions()));
        parser = new ResumeParser(new SkillExtractor(SkillCatalogue.LoadEmbedded()));
    }

    [Benchmark]
    public async Task<int> ReadAndParseTwoPagePdf()
    {
        var text = await reader.ReadAsync(path, ResumeFileKind.Pdf, CancellationToken.None);
        return parser.Parse(text, today).Skills.Count;
    }

    private static string Find(string relative)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException($"{relative} above {AppContext.BaseDirectory}");
    }
}
