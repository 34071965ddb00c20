using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Documents;

namespace CareerCopilot.Tests.Fakes;

public sealed class ResumeFixtureGeneratorTests
{
    /// <summary>REGENERATE_RESUME_FIXTURES=1 writes the files into the source tree (see Fixtures/Resumes/README.md).</summary>
    [Fact]
    public async Task Every_source_generates_a_file_of_its_kind_and_the_set_holds_them()
    {
        var directory = ResumeFixtureGenerator.SourceDirectory;
        if (Environment.GetEnvironmentVariable("REGENERATE_RESUME_FIXTURES") == "1") ResumeFixtureGenerator.Write(directory);

        var inspector = new ResumeFileInspector();
        var temp = Path.GetTempFileName();
        try
        {
            foreach (var (name, bytes) in ResumeFixtureGenerator.Build(directory))
            {
                await File.WriteAllBytesAsync(temp, bytes);
                var expected = Path.GetExtension(name) switch { ".pdf" => ResumeFileKind.Pdf, _ => ResumeFileKind.Docx };
                Assert.Equal(expected, await inspector.InspectAsync(temp, name, CancellationToken.None));
                Assert.True(File.Exists(Path.Combine(directory, name)), $"{name} is not generated: see Fixtures/Resumes/README.md");
            }
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
