using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Common;

public sealed class ValidationTests
{
    [Fact]
    public void Required_text_is_trimmed_and_cleaned_of_invisible_characters()
    {
        var v = new Validation();
        var value = v.Required("company", "Company", "  Con\u200Btoso\uFE0F \U000E0041 ", 200);
        Assert.Equal("Contoso", value);
        Assert.True(v.IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u200D")]
    public void Blank_required_text_is_an_error(string input)
    {
        var v = new Validation();
        v.Required("title", "Title", input, 200);
        var e = Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid);
        Assert.Equal(["Title is required."], e.Errors["title"]);
    }

    [Fact]
    public void Over_long_text_is_an_error_with_the_limit()
    {
        var v = new Validation();
        v.Required("title", "Title", new string('x', 201), 200);
        Assert.Contains("200", Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid).Errors["title"][0]);
    }

    [Fact]
    public void Unknown_enum_values_list_the_allowed_ones()
    {
        var v = new Validation();
        Assert.Null(v.OptionalEnum<RemoteMode>("remote", "Remote", "sometimes"));
        Assert.Equal("Remote must be one of: unknown, remote, hybrid, onsite.",
            Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid).Errors["remote"][0]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/x")]
    [InlineData("not a url")]
    public void Links_must_be_http_or_https(string url)
    {
        var v = new Validation();
        v.OptionalUrl("url", "Link", url);
        Assert.False(v.IsValid);
    }

    [Fact]
    public void Snake_case_names_round_trip()
    {
        Assert.Equal("not_applied", SnakeCase.Name(JobStatus.NotApplied));
        Assert.True(SnakeCase.TryParse<EmploymentType>("FULL_TIME", out var type));
        Assert.Equal(EmploymentType.FullTime, type);
        Assert.False(SnakeCase.TryParse<JobStatus>("notapplied", out _));
    }

    [Fact]
    public void Skill_lists_drop_blanks_and_collapse_duplicates_ignoring_case()
    {
        var v = new Validation();
        var skills = SkillList.Normalise([" C# ", "c#", "", "PostgreSQL", "postgresql", "  ", "Go"], v, "skills");
        Assert.Equal(["C#", "PostgreSQL", "Go"], skills);
        Assert.True(v.IsValid);
    }

    [Fact]
    public void Skill_lists_have_limits()
    {
        var v = new Validation();
        SkillList.Normalise(Enumerable.Range(0, 101).Select(i => $"skill {i}").Append(new string('x', 101)), v, "skills");
        var e = Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid);
        Assert.Equal(2, e.Errors["skills"].Length);
    }
}
