using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Tests.Domain.Common;

public sealed class PartialUpdateTests
{
    [Fact]
    public void Without_a_list_of_sent_fields_every_field_counts_as_sent()
    {
        var fields = new JobFields();
        Assert.All(fields.Properties, p => Assert.True(fields.Has(p)));
    }

    [Fact]
    public void With_a_list_only_those_fields_count_as_sent()
    {
        var fields = new ProfileFields { Present = PartialUpdate.Sent(nameof(ProfileFields.TimeZone)) };
        Assert.True(fields.Has(nameof(fields.TimeZone)));
        Assert.False(fields.Has(nameof(fields.Skills)));
    }

    [Fact]
    public void Asking_for_a_field_the_update_does_not_have_fails_loudly()
    {
        var e = Assert.Throws<ArgumentException>(() => new ApplicationFields().Has("notes"));
        Assert.Contains("ApplicationFields has no property notes", e.Message);
    }

    [Fact]
    public void The_writable_fields_are_the_records_own_properties()
    {
        Assert.Equal(["AppliedAt", "FollowUpOn", "InterviewAt", "Notes", "ResumeId", "Status"], new ApplicationFields().Properties.Order());
        Assert.DoesNotContain(nameof(PartialUpdate.Present), (IEnumerable<string>)new JobFields().Properties);
        Assert.Equal(20, new JobFields().Properties.Count);
    }
}
