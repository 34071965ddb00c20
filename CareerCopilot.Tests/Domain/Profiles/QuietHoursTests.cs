using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Tests.Domain.Profiles;

public sealed class QuietHoursTests
{
    [Theory]
    [InlineData(22, 7, 22, true)]
    [InlineData(22, 7, 23, true)]
    [InlineData(22, 7, 0, true)]
    [InlineData(22, 7, 6, true)]
    [InlineData(22, 7, 7, false)]
    [InlineData(22, 7, 21, false)]
    [InlineData(22, 7, 12, false)]
    [InlineData(9, 17, 9, true)]
    [InlineData(9, 17, 16, true)]
    [InlineData(9, 17, 17, false)]
    [InlineData(9, 17, 8, false)]
    [InlineData(5, 5, 5, false)]
    [InlineData(null, 7, 3, false)]
    [InlineData(22, null, 23, false)]
    [InlineData(null, null, 0, false)]
    public void Quiet_hours_run_from_the_start_hour_up_to_the_end_hour_and_a_start_after_the_end_spans_midnight(int? start, int? end, int hour, bool quiet) =>
        Assert.Equal(quiet, QuietHours.Cover(start, end, hour));
}
