using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class ProfileApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_new_profile_has_the_documented_defaults()
    {
        var email = app.NewEmail();
        var api = await app.ApiAsync(email);
        var profile = await JsonAsync(await api.GetAsync("/api/v1/profile"));

        Assert.Equal(email, profile.GetProperty("email").GetString());
        Assert.Empty(profile.GetProperty("skills").EnumerateArray());
        Assert.Empty(profile.GetProperty("preferred_locations").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty("experience_level").ValueKind);
        Assert.Equal("UTC", profile.GetProperty("time_zone").GetString());
        Assert.True(profile.GetProperty("morning_digest").GetBoolean());
        Assert.True(profile.GetProperty("evening_digest").GetBoolean());
        Assert.Equal(80, profile.GetProperty("alert_min_score").GetInt32());
    }

    [Fact]
    public async Task Put_replaces_the_fields_given_and_keeps_the_others()
    {
        var api = await app.ApiAsync();
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new
        {
            full_name = "Ana Diaz", skills = new[] { " C# ", "c#", "PostgreSQL", "" }, preferred_locations = new[] { "Berlin", "Remote" },
            experience_level = "senior", time_zone = "Europe/Berlin",
        }));

        var after = await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { experience_level = "lead", alert_min_score = 65 }));

        Assert.Equal("Ana Diaz", after.GetProperty("full_name").GetString());
        Assert.Equal(["C#", "PostgreSQL"], after.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["Berlin", "Remote"], after.GetProperty("preferred_locations").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("lead", after.GetProperty("experience_level").GetString());
        Assert.Equal("Europe/Berlin", after.GetProperty("time_zone").GetString());
        Assert.Equal(65, after.GetProperty("alert_min_score").GetInt32());
        Assert.Equal(after.ToString(), (await JsonAsync(await api.GetAsync("/api/v1/profile"))).ToString());
    }

    [Fact]
    public async Task An_explicit_null_clears_the_level()
    {
        var api = await app.ApiAsync();
        await api.PutAsJsonAsync("/api/v1/profile", new { experience_level = "mid" });
        var after = await JsonAsync(await api.PutAsync("/api/v1/profile", JsonContent.Create(new { experience_level = (string?)null })));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("experience_level").ValueKind);
    }

    [Theory]
    [InlineData("time_zone", "Mars/Olympus_Mons")]
    [InlineData("experience_level", "wizard")]
    [InlineData("alert_min_score", 101)]
    [InlineData("full_name", "")]
    public async Task Bad_values_are_400_naming_the_field_and_nothing_is_stored(string field, object value)
    {
        var api = await app.ApiAsync();
        await api.PutAsJsonAsync("/api/v1/profile", new { full_name = "Before" });
        var body = new Dictionary<string, object> { [field] = value, ["skills"] = new[] { "Rust" } };
        if (field == "full_name") body[field] = new string('x', 201);

        var problem = await ProblemAsync(await api.PutAsJsonAsync("/api/v1/profile", body), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotEmpty(Errors(problem, field));
        var profile = await JsonAsync(await api.GetAsync("/api/v1/profile"));
        Assert.Empty(profile.GetProperty("skills").EnumerateArray());
        Assert.Equal("Before", profile.GetProperty("full_name").GetString());
    }

    [Fact]
    public async Task Markup_is_stored_as_text_and_returned_as_it_was_typed()
    {
        var api = await app.ApiAsync();
        var profile = await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { full_name = "<script>alert(1)</script>" }));
        Assert.Equal("<script>alert(1)</script>", profile.GetProperty("full_name").GetString());
    }

    [Fact]
    public async Task Quiet_hours_are_both_or_neither_and_hours_of_the_day()
    {
        var api = await app.ApiAsync();
        var created = await JsonAsync(await api.GetAsync("/api/v1/profile"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("quiet_hours_start").ValueKind);

        var set = await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { quiet_hours_start = 22, quiet_hours_end = 7 }));
        Assert.Equal((22, 7), (set.GetProperty("quiet_hours_start").GetInt32(), set.GetProperty("quiet_hours_end").GetInt32()));

        var half = await ProblemAsync(await api.PutAsJsonAsync("/api/v1/profile", new { quiet_hours_end = (int?)null }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["Quiet hours need an end hour as well as a start hour."], Errors(half, "quiet_hours_end"));
        var late = await ProblemAsync(await api.PutAsJsonAsync("/api/v1/profile", new { quiet_hours_start = 24 }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["Quiet hours start must be an hour from 0 to 23."], Errors(late, "quiet_hours_start"));

        var cleared = await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { quiet_hours_start = (int?)null, quiet_hours_end = (int?)null }));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("quiet_hours_end").ValueKind);
    }
}
