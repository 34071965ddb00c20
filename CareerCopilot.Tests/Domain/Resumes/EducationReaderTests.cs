using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class EducationReaderTests
{
    [Fact]
    public void Reads_degree_school_and_year_from_one_line() =>
        Assert.Equal(new ResumeEducation("BSc Computer Science", "University of Leeds", 2014),
            Assert.Single(EducationReader.Read(["BSc Computer Science, University of Leeds, 2011 – 2014"])));

    [Fact]
    public void Reads_a_school_on_the_next_line() =>
        Assert.Equal(new ResumeEducation("M.Sc. Informatik", "Technische Universität München", 2016),
            Assert.Single(EducationReader.Read(["M.Sc. Informatik", "Technische Universität München | 2014 - 2016"])));

    [Fact]
    public void Reads_several_degrees()
    {
        var found = EducationReader.Read(["B.Tech in Electronics — IIT Madras (2012)", "MBA", "2015 – Present"]);
        Assert.Equal(2, found.Count);
        Assert.Equal(new ResumeEducation("B.Tech in Electronics", "IIT Madras", 2012), found[0]);
        Assert.Equal(new ResumeEducation("MBA", null, null), found[1]);
    }

    [Fact]
    public void Reads_nothing_without_a_degree() => Assert.Empty(EducationReader.Read(["University of Leeds", "2011 – 2014"]));
}
