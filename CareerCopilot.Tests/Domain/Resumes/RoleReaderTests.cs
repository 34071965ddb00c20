using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class RoleReaderTests
{
    [Fact]
    public void Reads_a_role_written_on_one_line()
    {
        var role = Assert.Single(RoleReader.Read(["Senior Software Engineer, Acme Corp — Mar 2019 – Present", "- Built things."])).Role;
        Assert.Equal(new ResumeRole("Senior Software Engineer", "Acme Corp", "2019-03", null), role);
    }

    [Fact]
    public void Reads_a_role_whose_title_and_employer_stand_above_its_dates()
    {
        var roles = RoleReader.Read(["Acme Corp, Berlin", "Backend Developer", "03/2019 - 06/2021", "• Wrote services.",
            "Globex", "Junior Developer", "2016 – 2019", "• Fixed bugs."]);
        Assert.Equal(new ResumeRole("Backend Developer", "Acme Corp", "2019-03", "2021-06"), roles[0].Role);
        Assert.Equal(new ResumeRole("Junior Developer", "Globex", "2016", "2019"), roles[1].Role);
    }

    [Fact]
    public void Reads_title_at_employer_and_pipes()
    {
        var roles = RoleReader.Read(["Data Analyst at Initech (Jan. 2020 – now)", "Product Manager | Hooli | London | 2017 – 2019"]);
        Assert.Equal(new ResumeRole("Data Analyst", "Initech", "2020-01", null), roles[0].Role);
        Assert.Equal(new ResumeRole("Product Manager", "Hooli", "2017", "2019"), roles[1].Role);
    }

    [Fact]
    public void Reads_no_role_without_dates() => Assert.Empty(RoleReader.Read(["Senior Engineer, Acme", "- Built things."]));
}
