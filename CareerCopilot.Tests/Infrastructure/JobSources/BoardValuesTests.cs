using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Infrastructure.JobSources;

namespace CareerCopilot.Tests.Infrastructure.JobSources;

public sealed class BoardValuesTests
{
    [Theory]
    [InlineData("$40,000 - $50,000", 40_000, 50_000, "USD", SalaryPeriod.Year)]
    [InlineData("£35k - £45k", 35_000, 45_000, "GBP", SalaryPeriod.Year)]
    [InlineData("90k–120k EUR", 90_000, 120_000, "EUR", SalaryPeriod.Year)]
    [InlineData("$45/hr", 45, null, "USD", SalaryPeriod.Hour)]
    [InlineData("€4,000 per month", 4_000, null, "EUR", SalaryPeriod.Month)]
    [InlineData("CA$80,000 to CA$95,000", 80_000, 95_000, "CAD", SalaryPeriod.Year)]
    public void Pay_is_read_from_the_way_boards_write_it(string text, int min, int? max, string currency, SalaryPeriod period)
    {
        var pay = BoardValues.SalaryFromText(text);

        Assert.Equal((min, max, currency, period), ((int)pay!.Min!, (int?)pay.Max, pay.Currency, pay.Period));
    }

    [Theory]
    [InlineData("Competitive")]
    [InlineData("")]
    [InlineData("5 years of experience")]
    public void Text_without_pay_has_none(string text) => Assert.Null(BoardValues.SalaryFromText(text));

    [Theory]
    [InlineData("2026-03-01T10:00:00Z", "2026-03-01T10:00:00")]
    [InlineData("2026-03-01 10:00:00 UTC", "2026-03-01T10:00:00")]
    [InlineData("2016-05-31T12:14:07+0200", "2016-05-31T10:14:07")]
    [InlineData("2020-02-15T10:23:26", "2020-02-15T10:23:26")]
    [InlineData("2026-03-02", "2026-03-02T00:00:00")]
    public void Times_in_every_boards_form_are_read_as_utc(string text, string utc)
    {
        var time = BoardValues.DateFrom(text);

        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal(DateTimeKind.Utc, time!.Value.Kind);
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void A_time_that_is_no_time_is_none(string text) => Assert.Null(BoardValues.DateFrom(text));

    [Theory]
    [InlineData("Full-time", EmploymentType.FullTime)]
    [InlineData("FULL_TIME", EmploymentType.FullTime)]
    [InlineData("fulltime_permanent", EmploymentType.FullTime)]
    [InlineData("Part time", EmploymentType.PartTime)]
    [InlineData("Contractor", EmploymentType.Contract)]
    [InlineData("freelance", EmploymentType.Contract)]
    [InlineData("Internship", EmploymentType.Internship)]
    [InlineData("Volunteer", EmploymentType.Other)]
    public void Employment_types_are_read_from_boards_wordings(string text, EmploymentType type) =>
        Assert.Equal(type, BoardValues.EmploymentTypeFrom(text));

    [Theory]
    [InlineData("per-year-salary", SalaryPeriod.Year)]
    [InlineData("1 YEAR", SalaryPeriod.Year)]
    [InlineData("Per Hour", SalaryPeriod.Hour)]
    [InlineData("PA", SalaryPeriod.Year)]
    [InlineData("monthly", SalaryPeriod.Month)]
    public void Pay_periods_are_read_from_boards_intervals(string interval, SalaryPeriod period) =>
        Assert.Equal(period, BoardValues.PeriodFrom(interval));

    [Theory]
    [InlineData("acme-corp", "Acme Corp")]
    [InlineData("leverdemo", "Leverdemo")]
    [InlineData("OpenAI", "OpenAI")]
    public void A_company_key_reads_as_a_name(string key, string name) => Assert.Equal(name, BoardValues.CompanyFromKey(key));
}
