using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;

namespace CareerCopilot.Tests.Domain.Profiles;

public sealed class ProfileRulesTests
{
    private static readonly ProfileRules Rules = new(Shipped.Catalogue);

    private static UserProfile Existing() => new()
    {
        UserId = 5, FullName = "Ana", ExperienceLevel = ExperienceLevel.Mid, TimeZone = "Europe/Berlin",
        Skills = [new UserSkill { UserId = 5, Name = "C#", Position = 0 }],
        Locations = [new UserLocation { UserId = 5, Name = "Berlin", Position = 0 }],
    };

    private static ProfileFields Only(ProfileFields fields, params string[] sent) => fields with { Present = PartialUpdate.Sent(sent) };

    [Fact]
    public void An_update_changes_only_the_fields_it_sent()
    {
        var profile = Existing();
        Rules.Apply(profile, Only(new ProfileFields { Skills = ["k8s", "c#", "Kubernetes"] }, nameof(ProfileFields.Skills)));
        Assert.Equal(["Kubernetes", "C#"], profile.Skills.Select(s => s.Name));
        Assert.Equal([0, 1], profile.Skills.Select(s => s.Position));
        Assert.Equal(("Ana", ExperienceLevel.Mid, "Europe/Berlin"), (profile.FullName, profile.ExperienceLevel, profile.TimeZone));
        Assert.Equal(["Berlin"], profile.Locations.Select(l => l.Name));
    }

    [Fact]
    public void An_unchanged_list_keeps_its_rows()
    {
        var profile = Existing();
        var row = profile.Skills[0];
        Rules.Apply(profile, Only(new ProfileFields { Skills = ["c#"] }, nameof(ProfileFields.Skills)));
        Assert.Same(row, profile.Skills.Single());
    }

    [Fact]
    public void Errors_are_keyed_by_the_api_field_names()
    {
        var fields = new ProfileFields
        {
            TimeZone = "Mars/Olympus", AlertMinScore = 101, ExperienceLevel = "wizard",
            PreferredLocations = Enumerable.Range(0, ProfileRules.MaxLocations + 1).Select(i => $"City {i}").ToList(),
        };
        var e = Assert.Throws<ValidationFailedException>(() => Rules.Apply(Existing(), fields));
        Assert.Equal(["alert_min_score", "experience_level", "preferred_locations", "time_zone"], e.Errors.Keys.Order());
    }

    [Fact]
    public void Digest_switches_and_the_alert_score_change_only_when_given_a_value()
    {
        var profile = Existing();
        Rules.Apply(profile, Only(new ProfileFields { MorningDigest = false, AlertMinScore = 65 },
            nameof(ProfileFields.MorningDigest), nameof(ProfileFields.EveningDigest), nameof(ProfileFields.AlertMinScore)));
        Assert.Equal((false, true, 65), (profile.MorningDigest, profile.EveningDigest, profile.AlertMinScore));
    }

    [Fact]
    public void I_have_this_adds_a_skill_under_its_catalogue_name()
    {
        var profile = Existing();
        Assert.Equal("PostgreSQL", Rules.AddSkill(profile, " postgres "));
        Assert.Equal(["C#", "PostgreSQL"], profile.Skills.Select(s => s.Name));
        var e = Assert.Throws<ValidationFailedException>(() => Rules.AddSkill(profile, "\u200B"));
        Assert.True(e.Errors.ContainsKey("skills"));
    }

    [Fact]
    public void Quiet_hours_are_set_together_and_cleared_together()
    {
        var profile = Existing();
        Rules.Apply(profile, Only(new ProfileFields { QuietHoursStart = 22, QuietHoursEnd = 7 },
            nameof(ProfileFields.QuietHoursStart), nameof(ProfileFields.QuietHoursEnd)));
        Assert.Equal((22, 7), (profile.QuietHoursStart!.Value, profile.QuietHoursEnd!.Value));

        // One end alone moves that end only.
        Rules.Apply(profile, Only(new ProfileFields { QuietHoursEnd = 6 }, nameof(ProfileFields.QuietHoursEnd)));
        Assert.Equal((22, 6), (profile.QuietHoursStart!.Value, profile.QuietHoursEnd!.Value));

        Rules.Apply(profile, Only(new ProfileFields(), nameof(ProfileFields.QuietHoursStart), nameof(ProfileFields.QuietHoursEnd)));
        Assert.Null(profile.QuietHoursStart);
        Assert.Null(profile.QuietHoursEnd);
    }

    [Fact]
    public void Quiet_hours_with_one_end_missing_or_out_of_range_are_refused_with_the_fields_message()
    {
        var profile = Existing();
        var alone = Assert.Throws<ValidationFailedException>(() =>
            Rules.Apply(profile, Only(new ProfileFields { QuietHoursStart = 22 }, nameof(ProfileFields.QuietHoursStart))));
        Assert.Equal(["Quiet hours need an end hour as well as a start hour."], alone.Errors["quiet_hours_end"]);

        var late = Assert.Throws<ValidationFailedException>(() => Rules.Apply(profile, Only(new ProfileFields { QuietHoursStart = 24, QuietHoursEnd = 7 },
            nameof(ProfileFields.QuietHoursStart), nameof(ProfileFields.QuietHoursEnd))));
        Assert.Equal(["Quiet hours start must be an hour from 0 to 23."], late.Errors["quiet_hours_start"]);
        Assert.Null(profile.QuietHoursStart);
    }
}
