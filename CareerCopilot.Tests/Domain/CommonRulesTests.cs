using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Tests.Domain;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData(3, 100, 3, 100)]
    [InlineData(1, 1, 1, 1)]
    public void The_api_accepts_pages_within_bounds(int? page, int? size, int expectedPage, int expectedSize)
    {
        var request = PageRequest.Parse(page, size);
        Assert.Equal((expectedPage, expectedSize), (request.Page, request.PageSize));
    }

    [Theory]
    [InlineData(0, 20, "page")]
    [InlineData(-4, 20, "page")]
    [InlineData(1, 101, "page_size")]
    [InlineData(1, 0, "page_size")]
    public void The_api_refuses_pages_out_of_bounds_naming_the_field(int page, int size, string field)
    {
        var e = Assert.Throws<ValidationFailedException>(() => PageRequest.Parse(page, size));
        Assert.True(e.Errors.ContainsKey(field));
    }

    [Fact]
    public void The_ui_clamps_pages_into_bounds()
    {
        Assert.Equal(new PageRequest(1, 100), PageRequest.Clamp(-3, 5000));
        Assert.Equal(new PageRequest(1, 1), PageRequest.Clamp(0, 0));
    }

    [Fact]
    public void Skip_and_page_count_follow_from_the_page()
    {
        Assert.Equal(40, new PageRequest(3, 20).Skip);
        Assert.Equal(3, new PagedResult<int>([], 1, 20, 41).TotalPages);
        Assert.Equal(1, new PagedResult<int>([], 1, 20, 0).TotalPages);
    }
}

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

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("qwertyuiop123")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("ababababababab")]
    [InlineData("2026 jobsearch2026")]
    public void Common_passwords_are_refused(string password) => Assert.True(CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("correct violet stapler 42")]
    [InlineData("mountain-lantern-pickle")]
    public void Uncommon_passphrases_pass(string password) => Assert.False(CommonPasswords.IsCommon(password));
}

public sealed class TimeZoneTests
{
    [Fact]
    public void A_moment_falls_on_the_users_local_date()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 27), TimeZones.DateOf("Europe/Berlin", lateEvening));
        Assert.Equal(new DateOnly(2026, 11, 26), TimeZones.DateOf("America/New_York", lateEvening));
        Assert.Equal(new DateOnly(2026, 11, 26), TimeZones.DateOf("Not/AZone", lateEvening));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    public void Only_iana_zones_are_found(string id, bool found) => Assert.Equal(found, TimeZones.TryFind(id, out _));
}

public sealed class ConfigurationAliasTests
{
    [Theory]
    [InlineData("sqlite:///data/app.db", "Data Source=data/app.db")]
    [InlineData("postgresql://ana:s%40cret@db.internal:5433/copilot", "Host=db.internal;Database=copilot;Port=5433;Username=ana;Password=s@cret")]
    [InlineData("postgres://db/copilot", "Host=db;Database=copilot")]
    [InlineData("Data Source=x.db", "Data Source=x.db")]
    public void Database_urls_become_connection_strings(string url, string expected) =>
        Assert.Equal(expected, ConfigurationAliases.FromDatabaseUrl(url));

    [Theory]
    [InlineData("1", "true")]
    [InlineData("yes", "true")]
    [InlineData("TRUE", "true")]
    [InlineData("0", "false")]
    [InlineData("off", "false")]
    public void Seed_system_flags_become_booleans(string flag, string expected) =>
        Assert.Equal(expected, ConfigurationAliases.FromFlag(flag));

    [Fact]
    public void Passwords_are_masked_in_the_summary() =>
        Assert.Equal("Host=db;Password=****;Database=x", ConfigurationSummary.Mask("Host=db;Password=hunter2;Database=x"));
}

public sealed class JobSearchTextTests
{
    [Fact]
    public void Search_text_holds_the_searchable_fields_in_lower_case()
    {
        var job = new Job { Company = "Zürich Labs", Title = "Go Developer", Location = null, TechStack = ["gRPC", "C#"] };
        job.RefreshSearchText();
        Assert.Equal("zürich labs\ngo developer\n\ngrpc\nc#", job.SearchText);
    }
}
