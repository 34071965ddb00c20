using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class ResumeDatesTests
{
    [Theory]
    [InlineData("Senior Engineer, Acme — Mar 2019 – Present", "2019-03", null)]
    [InlineData("03/2019 - 06/2021", "2019-03", "2021-06")]
    [InlineData("Acme | 2019 – 2021", "2019", "2021")]
    [InlineData("March 2019 to current", "2019-03", null)]
    [InlineData("Jan. 2020 – now", "2020-01", null)]
    [InlineData("Sept 2015 - Aug 2017", "2015-09", "2017-08")]
    [InlineData("2019-03 – 2021-06", "2019-03", "2021-06")]
    [InlineData("03.2018 – 12.2020", "2018-03", "2020-12")]
    [InlineData("Okt. 2016 – Dez. 2018", "2016-10", "2018-12")]
    [InlineData("März 2021 – heute", "2021-03", null)]
    [InlineData("seit 2020", "2020", null)]
    [InlineData("Since June 2022", "2022-06", null)]
    [InlineData("janvier 2017 – juillet 2019", "2017-01", "2019-07")]
    [InlineData("Février 2020 - aujourd'hui", "2020-02", null)]
    [InlineData("depuis septembre 2021", "2021-09", null)]
    [InlineData("de 2012 à 2015", "2012", "2015")]
    public void Reads_the_spans_resumes_write(string line, string start, string? end)
    {
        var span = ResumeDates.FindRange(line);
        Assert.NotNull(span);
        Assert.Equal(start, span.Start.ToString());
        Assert.Equal(end, span.End?.ToString());
    }

    [Theory]
    [InlineData("Call +49 30 1234567")]
    [InlineData("Graduated 2015")]
    [InlineData("Grew revenue 2021 by 30%")]
    [InlineData("2021 – 2019")]
    [InlineData("Managed a team of 12 - 15 engineers")]
    public void Finds_no_span_where_there_is_none(string line) => Assert.Null(ResumeDates.FindRange(line));
}
