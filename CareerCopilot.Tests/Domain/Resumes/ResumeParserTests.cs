using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class ResumeParserTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly ResumeParser Parser = new(Shipped.Extractor);

    private const string Resume = """
        Curriculum Vitae
        Jane Doe
        Senior Backend Engineer
        jane.doe@example.com | +44 20 7946 0958 | linkedin.com/in/janedoe | github.com/janedoe

        SUMMARY
        Backend engineer who likes calm systems.

        WORK EXPERIENCE
        Senior Backend Engineer, Contoso — Mar 2021 – Present
        - Services in C# on .NET, PostgreSQL and Kubernetes.
        Backend Developer | Fabrikam | London | 2017 – 2021
        - Python and Django, Redis, Docker.

        EDUCATION
        BSc Computer Science, University of Leeds, 2014 – 2017

        SKILLS
        C#, .NET, Python, Django, PostgreSQL, Redis, Docker, Kubernetes, Terraform
        """;

    [Fact]
    public void Reads_contact_roles_years_level_education_and_skills()
    {
        var parsed = Parser.Parse(Resume, Today);
        Assert.Equal("Jane Doe", parsed.Name);
        Assert.Equal("jane.doe@example.com", parsed.Email);
        Assert.Equal("+44 20 7946 0958", parsed.Phone);
        Assert.Equal(["https://linkedin.com/in/janedoe", "https://github.com/janedoe"], parsed.Links);
        Assert.Equal(
            [new ResumeRole("Senior Backend Engineer", "Contoso", "2021-03", null), new ResumeRole("Backend Developer", "Fabrikam", "2017", "2021")],
            parsed.Roles);
        // Mid 2017 to today (December 2026).
        Assert.Equal(9.4, parsed.ExperienceYears);
        Assert.Equal(ExperienceLevel.Senior, parsed.ExperienceLevel);
        Assert.Equal([new ResumeEducation("BSc Computer Science", "University of Leeds", 2017)], parsed.Education);
        Assert.Equal(new[] { "C#", ".NET", "Python", "Django", "PostgreSQL", "Redis", "Docker", "Kubernetes", "Terraform" }.Order(StringComparer.Ordinal), parsed.Skills.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Invents_nothing_the_text_does_not_say()
    {
        var parsed = Parser.Parse("Some notes about gardening and the weather.", Today);
        Assert.Null(parsed.Name);
        Assert.Null(parsed.Email);
        Assert.Null(parsed.Phone);
        Assert.Empty(parsed.Links);
        Assert.Empty(parsed.Skills);
        Assert.Null(parsed.ExperienceYears);
        Assert.Null(parsed.ExperienceLevel);
        Assert.Empty(parsed.Roles);
        Assert.Empty(parsed.Education);
    }

    [Fact]
    public void Counts_no_education_dates_as_experience()
    {
        var parsed = Parser.Parse("Jane Doe\nEducation\nBSc Physics, University of Bath, 2010 – 2014\nExperience\nAnalyst, Initech, 2020 – 2022", Today);
        Assert.Equal(2.0, parsed.ExperienceYears);
    }

    [Fact]
    public void Takes_no_employer_or_address_for_a_skill()
    {
        var parsed = Parser.Parse("Emma Wilson\n[GitHub](https://github.com/emma)\nExperience\nSoftware Engineering Intern, HubSpot\nJune 2025 - August 2025\nReact, TypeScript and Jest.", Today);
        Assert.Equal(new[] { "Jest", "React", "TypeScript" }, parsed.Skills.Order(StringComparer.Ordinal));
    }
}
