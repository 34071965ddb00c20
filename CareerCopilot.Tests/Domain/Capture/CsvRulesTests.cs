using System.Text;
using CareerCopilot.Web.Domain.Capture;

namespace CareerCopilot.Tests.Domain.Capture;

public sealed class CsvRulesTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\")", "'=HYPERLINK(\"http://evil.test\")")]
    [InlineData("+49 30 123", "'+49 30 123")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Contoso", "Contoso")]
    [InlineData("", "")]
    public void A_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe_which_the_import_takes_off(string value, string safe)
    {
        Assert.Equal(safe, CsvRules.SafeCell(value));
        Assert.Equal(value, CsvRules.Unescape(CsvRules.SafeCell(value)));
    }

    [Fact]
    public void An_apostrophe_the_user_typed_before_an_ordinary_letter_stays()
    {
        Assert.Equal("'til Friday", CsvRules.Unescape("'til Friday"));
    }

    [Fact]
    public void Utf8_with_or_without_bom_and_windows_1252_are_told_apart()
    {
        var text = "Company,Title\nCafé Müller,Köchin\n";
        Assert.Equal((text, "UTF-8"), CsvRules.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal((text, "UTF-8 (with BOM)"), CsvRules.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal((text, "Windows-1252"), CsvRules.Decode(Encoding.GetEncoding(1252).GetBytes(text)));
    }

    [Theory]
    [InlineData("Company,Title,Location\n", ',')]
    [InlineData("Company;Title;Location\n\"a,b\";c;d", ';')]
    [InlineData("Company\tTitle\tLocation\n", '\t')]
    [InlineData("\"Company, Inc\";Title\n", ';')]
    [InlineData("Company\n", ',')]
    public void The_delimiter_is_the_one_the_header_line_uses_most_outside_quotes(string text, char delimiter) =>
        Assert.Equal(delimiter, CsvRules.DetectDelimiter(text));

    [Fact]
    public void Columns_are_guessed_from_their_headers_and_a_field_is_given_once()
    {
        var mapping = CsvRules.GuessMapping(["Job Position", "Company Name", "Job URL", "Status", "Date Applied", "Excitement", "Company", "Min. Salary"]);
        Assert.Equal(
            [CsvField.Title, CsvField.Company, CsvField.Url, CsvField.Status, CsvField.DateApplied, CsvField.Ignore, CsvField.Ignore, CsvField.SalaryMin],
            mapping);
    }

    [Fact]
    public void Our_own_export_maps_every_column_back_to_its_field_and_is_recognised()
    {
        var headers = CsvRules.ExportColumns.Select(c => c.Header).ToList();
        Assert.Equal(CsvRules.ExportColumns.Select(c => c.Field), CsvRules.GuessMapping(headers));
        Assert.Equal("Career Co-Pilot", CsvRules.RecognisedExport(headers));
    }

    [Fact]
    public void Teal_and_huntr_exports_are_recognised_and_their_columns_mapped()
    {
        string[] teal = ["Company", "Job Position", "Location", "Min Salary", "Max Salary", "Status", "Date Saved", "Date Applied", "Deadline", "Excitement", "Job URL", "Notes"];
        Assert.Equal("Teal", CsvRules.RecognisedExport(teal));
        var tealMap = CsvRules.GuessMapping(teal);
        Assert.Equal([CsvField.Company, CsvField.Title, CsvField.Location, CsvField.SalaryMin, CsvField.SalaryMax, CsvField.Status, CsvField.Ignore,
            CsvField.DateApplied, CsvField.Deadline, CsvField.Ignore, CsvField.Url, CsvField.Notes], tealMap);

        string[] huntr = ["Job Title", "Company", "List", "Location", "Job URL", "Created At", "Description"];
        Assert.Equal("Huntr", CsvRules.RecognisedExport(huntr));
        Assert.Equal([CsvField.Title, CsvField.Company, CsvField.Status, CsvField.Location, CsvField.Url, CsvField.Ignore, CsvField.Description],
            CsvRules.GuessMapping(huntr));
        Assert.Null(CsvRules.RecognisedExport(["Firma", "Stelle"]));
    }

    [Theory]
    [InlineData("Wishlist", "not_applied")]
    [InlineData("Bookmarked", "not_applied")]
    [InlineData("Not applied", "not_applied")]
    [InlineData("not_applied", "not_applied")]
    [InlineData("Interviewing", "interview")]
    [InlineData("Negotiating", "offer")]
    [InlineData("Not Selected", "rejected")]
    [InlineData("I Withdrew", "withdrawn")]
    [InlineData(" APPLIED ", "applied")]
    public void Status_words_of_spreadsheets_huntr_and_teal_are_read(string value, string status)
    {
        Assert.True(CsvRules.TryStatus(value, out var read));
        Assert.Equal(status, CareerCopilot.Web.Domain.Common.SnakeCase.Name(read));
    }

    [Theory]
    [InlineData("2026-11-26", 2026, 11, 26)]
    [InlineData("26 Nov 2026", 2026, 11, 26)]
    [InlineData("Nov 26, 2026", 2026, 11, 26)]
    [InlineData("26.11.2026", 2026, 11, 26)]
    [InlineData("11/26/2026", 2026, 11, 26)]
    [InlineData("26/11/2026", 2026, 11, 26)]
    [InlineData("2026-11-26T09:30:00Z", 2026, 11, 26)]
    public void Dates_are_read_in_the_ways_spreadsheets_write_them(string value, int y, int m, int d)
    {
        Assert.True(CsvRules.TryDate(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("31/02/2026")]
    [InlineData("2026-13-01")]
    public void A_date_that_cannot_be_read_is_refused(string value) => Assert.False(CsvRules.TryDate(value, out _));

    [Theory]
    [InlineData("85000", 85000)]
    [InlineData("85,000", 85000)]
    [InlineData("€85.000", 85000)]
    [InlineData("$120k", 120000)]
    public void Amounts_are_read_whole(string value, int amount)
    {
        Assert.True(CsvRules.TryAmount(value, out var read));
        Assert.Equal(amount, read);
    }

    [Fact]
    public void A_row_names_each_of_its_problems()
    {
        CsvField[] map = [CsvField.Company, CsvField.Title, CsvField.Status, CsvField.DateApplied, CsvField.SalaryMin];
        var row = CsvRules.ReadRow(7, ["", " ", "Dreaming", "soon", "lots"], map);
        Assert.False(row.IsValid);
        Assert.Equal(7, row.Line);
        Assert.Contains("Company is missing.", row.Errors);
        Assert.Contains("Title is missing.", row.Errors);
        Assert.Contains(row.Errors, e => e.StartsWith("Unknown status “Dreaming”", StringComparison.Ordinal));
        Assert.Contains(row.Errors, e => e.StartsWith("Date applied “soon” is not a date", StringComparison.Ordinal));
        Assert.Contains(row.Errors, e => e.StartsWith("Salary min “lots”", StringComparison.Ordinal));
    }

    [Fact]
    public void A_good_row_becomes_the_jobs_fields_with_the_exports_apostrophes_taken_off()
    {
        CsvField[] map = [CsvField.Company, CsvField.Title, CsvField.Status, CsvField.DateApplied, CsvField.TechStack, CsvField.Ignore, CsvField.Remote, CsvField.Notes];
        var row = CsvRules.ReadRow(2, ["Contoso", "Engineer", "Interviewing", "2026-11-02", "C#, PostgreSQL", "whatever", "On-site", "'=not a formula"], map);
        Assert.True(row.IsValid);
        Assert.Equal("Contoso", row.Fields.Company);
        Assert.Equal("interview", row.Fields.Status);
        Assert.Equal(new DateOnly(2026, 11, 2), row.Fields.DateApplied);
        Assert.Equal(["C#", "PostgreSQL"], row.Fields.TechStack);
        Assert.Equal("onsite", row.Fields.Remote);
        Assert.Equal("=not a formula", row.Fields.Notes);
    }
}
