using System.Text.Json;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Common;

public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("TechStack", "tech_stack")]
    [InlineData("ApplyUrl", "apply_url")]
    [InlineData("tech_stack", "tech_stack")]
    [InlineData("company", "company")]
    public void Names_are_spelled_as_the_api_spells_them_and_snake_names_stay_as_they_are(string name, string expected) =>
        Assert.Equal(expected, SnakeCase.Convert(name));

    [Fact]
    public void Enum_values_are_spelled_like_their_json()
    {
        var json = new JsonSerializerOptions();
        json.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(SnakeCase.Policy));
        foreach (var sort in Enum.GetValues<JobSort>())
            Assert.Equal($"\"{SnakeCase.Name(sort)}\"", JsonSerializer.Serialize(sort, json));
    }

    [Fact]
    public void Validation_keys_given_as_property_names_are_the_api_field_names()
    {
        var e = Assert.Throws<ValidationFailedException>(() => new Validation().Add(nameof(JobFields.SalaryCurrency), "x").ThrowIfInvalid());
        Assert.Equal("salary_currency", e.Errors.Keys.Single());
    }
}
