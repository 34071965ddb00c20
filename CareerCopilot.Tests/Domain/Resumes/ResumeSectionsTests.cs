using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class ResumeSectionsTests
{
    [Theory]
    [InlineData("Work Experience", ResumeSectionKind.Experience)]
    [InlineData("PROFESSIONAL EXPERIENCE", ResumeSectionKind.Experience)]
    [InlineData("## Employment History", ResumeSectionKind.Experience)]
    [InlineData("Berufserfahrung", ResumeSectionKind.Experience)]
    [InlineData("Expérience professionnelle", ResumeSectionKind.Experience)]
    [InlineData("Education", ResumeSectionKind.Education)]
    [InlineData("Ausbildung:", ResumeSectionKind.Education)]
    [InlineData("Formation", ResumeSectionKind.Education)]
    [InlineData("TECHNICAL SKILLS", ResumeSectionKind.Skills)]
    [InlineData("Kenntnisse", ResumeSectionKind.Skills)]
    [InlineData("Compétences", ResumeSectionKind.Skills)]
    [InlineData("Summary", ResumeSectionKind.Summary)]
    public void Knows_headings_in_several_languages_and_styles(string line, ResumeSectionKind kind) =>
        Assert.Equal(kind, ResumeSections.HeadingKind(line));

    [Theory]
    [InlineData("Senior Education Consultant")]
    [InlineData("Built the experience platform used by 2 million people")]
    [InlineData("Jane Doe")]
    public void Takes_no_ordinary_line_for_a_heading(string line) => Assert.Null(ResumeSections.HeadingKind(line));

    [Fact]
    public void Splits_a_resume_at_its_headings()
    {
        var sections = ResumeSections.Split(["Jane Doe", "EXPERIENCE", "Engineer, Acme", "Education", "BSc, Leeds"]);
        Assert.Equal([ResumeSectionKind.Top, ResumeSectionKind.Experience, ResumeSectionKind.Education], sections.Select(s => s.Kind));
        Assert.Equal(["Engineer, Acme"], sections[1].Lines);
    }
}
