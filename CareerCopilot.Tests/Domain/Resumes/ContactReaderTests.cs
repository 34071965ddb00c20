using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class ContactReaderTests
{
    [Theory]
    [InlineData("Phone: +49 30 1234567", "+49 30 1234567")]
    [InlineData("Tel. (030) 1234567", "(030) 1234567")]
    [InlineData("+44 20 7946 0958 · london", "+44 20 7946 0958")]
    [InlineData("Mobile 07700 900123", "07700 900123")]
    [InlineData("+1 (415) 555-0100 | jane@example.com", "+1 (415) 555-0100")]
    [InlineData("+33 1 23 45 67 89", "+33 1 23 45 67 89")]
    [InlineData("+91 98765 43210", "+91 98765 43210")]
    [InlineData("(415) 555-0100", "(415) 555-0100")]
    [InlineData("415-555-0100", "415-555-0100")]
    [InlineData("Téléphone : 01 23 45 67 89", "01 23 45 67 89")]
    public void Reads_international_and_national_phone_numbers(string line, string phone) =>
        Assert.Equal(phone, ContactReader.Phone(["Jane Doe", line]));

    [Theory]
    [InlineData("Acme Corp | 2019 - 2021")]
    [InlineData("03/2019 - 06/2021")]
    [InlineData("Grew revenue by 1234567 dollars")]
    public void Takes_no_dates_or_figures_for_a_phone(string line) => Assert.Null(ContactReader.Phone([line]));

    [Theory]
    [InlineData(new[] { "Curriculum Vitae", "Jane Doe", "jane@example.com" }, "Jane Doe")]
    [InlineData(new[] { "RESUME", "", "MARÍA JOSÉ GARCÍA", "Senior Engineer" }, "María José García")]
    [InlineData(new[] { "Lebenslauf", "Jan-Hendrik von der Heide" }, "Jan-Hendrik von der Heide")]
    [InlineData(new[] { "Priya Raghunathan | priya@example.in | +91 98765 43210" }, "Priya Raghunathan")]
    [InlineData(new[] { "jane@example.com", "Senior Software Engineer", "Work Experience", "Aoife O'Brien" }, "Aoife O'Brien")]
    [InlineData(new[] { "Name: Lukas Becker" }, "Lukas Becker")]
    public void Finds_the_first_line_that_reads_like_a_name(string[] lines, string name) =>
        Assert.Equal(name, ContactReader.Name(lines));

    [Fact]
    public void Finds_no_name_where_none_is_written() =>
        Assert.Null(ContactReader.Name(["Curriculum Vitae", "Senior Software Engineer", "jane@example.com", "Experience"]));

    [Fact]
    public void Reads_links_one_way_and_not_email_domains_or_dotnet()
    {
        var text = "jane@example.com | linkedin.com/in/jane-doe/ | https://GitHub.com/janedoe | www.janedoe.dev\nSkills: ASP.NET Core, Node.js";
        Assert.Equal(["https://linkedin.com/in/jane-doe", "https://github.com/janedoe", "https://janedoe.dev"], ContactReader.Links(text));
    }

    [Fact]
    public void Reads_the_first_email() =>
        Assert.Equal("jane.doe+cv@example.co.uk", ContactReader.Email("Email: jane.doe+cv@example.co.uk. Or call."));
}
