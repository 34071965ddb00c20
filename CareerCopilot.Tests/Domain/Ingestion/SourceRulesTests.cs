using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Tests.Domain.Ingestion;

public sealed class SourceRulesTests
{
    [Fact]
    public void A_company_board_takes_its_key_trimmed_and_an_aggregator_its_search()
    {
        var greenhouse = new Source();
        SourceRules.Apply(greenhouse, new SourceFields { Type = " Greenhouse ", Key = " acme " }, isNew: true);
        Assert.Equal((BoardType.Greenhouse, "acme", "", "", true), (greenhouse.Type, greenhouse.Key, greenhouse.Query, greenhouse.Location, greenhouse.Enabled));

        var remotive = new Source();
        SourceRules.Apply(remotive, new SourceFields { Type = "remotive", Query = " python ", Location = "Europe", Enabled = false }, isNew: true);
        Assert.Equal((BoardType.Remotive, "", "python", "Europe", false), (remotive.Type, remotive.Key, remotive.Query, remotive.Location, remotive.Enabled));
    }

    [Fact]
    public void A_subdomain_key_is_stored_in_lower_case()
    {
        var personio = new Source();
        SourceRules.Apply(personio, new SourceFields { Type = "personio", Key = "Acme-GmbH" }, isNew: true);
        Assert.Equal("acme-gmbh", personio.Key);
    }

    [Theory]
    [InlineData(null, "Board is required.")]
    [InlineData(" ", "Board is required.")]
    [InlineData("linkedin", "Board must be one of:")]
    [InlineData("lever-eu", "Board must be one of:")]
    public void A_new_source_names_a_board_the_product_reads(string? type, string message)
    {
        var e = Assert.Throws<ValidationFailedException>(() => SourceRules.Apply(new Source(), new SourceFields { Type = type, Key = "acme" }, isNew: true));
        Assert.StartsWith(message, Assert.Single(e.Errors["type"]));
    }

    [Theory]
    [InlineData("greenhouse", "../x")]
    [InlineData("greenhouse", "a/b")]
    [InlineData("greenhouse", "evil.com#")]
    [InlineData("greenhouse", "x?y=1")]
    [InlineData("lever", "acme%2F..")]
    [InlineData("ashby", "acme\\..")]
    [InlineData("workable", "acme corp")]
    [InlineData("smartrecruiters", "ácme")]
    [InlineData("greenhouse", "a\uff0fb")]
    [InlineData("greenhouse", ".acme")]
    [InlineData("greenhouse", "acme.")]
    [InlineData("recruitee", "acme.evil.com")]
    [InlineData("personio", "acme_gmbh")]
    [InlineData("personio", "-acme")]
    [InlineData("recruitee", "user@evil.com")]
    public void A_key_that_could_point_a_request_elsewhere_is_refused(string type, string key)
    {
        var e = Assert.Throws<ValidationFailedException>(() => SourceRules.Apply(new Source(), new SourceFields { Type = type, Key = key }, isNew: true));
        Assert.Contains("may hold only", Assert.Single(e.Errors["key"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void A_company_board_needs_its_key_named_by_its_label(string? key)
    {
        var e = Assert.Throws<ValidationFailedException>(() => SourceRules.Apply(new Source(), new SourceFields { Type = "lever_eu", Key = key }, isNew: true));
        Assert.Equal(["Site name is required for Lever (EU)."], e.Errors["key"]);
    }

    [Fact]
    public void A_key_is_at_most_100_characters()
    {
        var source = new Source();
        SourceRules.Apply(source, new SourceFields { Type = "greenhouse", Key = new string('a', SourceRules.MaxKeyLength) }, isNew: true);
        Assert.Equal(100, source.Key.Length);
        var e = Assert.Throws<ValidationFailedException>(() =>
            SourceRules.Apply(new Source(), new SourceFields { Type = "greenhouse", Key = new string('a', SourceRules.MaxKeyLength + 1) }, isNew: true));
        Assert.Equal(["Board token must be at most 100 characters."], e.Errors["key"]);
    }

    [Theory]
    [InlineData("remotive")]
    [InlineData("hackernews")]
    [InlineData("adzuna")]
    public void An_aggregator_takes_no_key(string type)
    {
        var e = Assert.Throws<ValidationFailedException>(() => SourceRules.Apply(new Source(), new SourceFields { Type = type, Key = "acme" }, isNew: true));
        Assert.EndsWith("takes no key: use search and location.", Assert.Single(e.Errors["key"]));
    }

    [Fact]
    public void A_search_or_location_over_its_length_is_refused()
    {
        var e = Assert.Throws<ValidationFailedException>(() => SourceRules.Apply(new Source(),
            new SourceFields { Type = "remotive", Query = new string('q', 201), Location = new string('l', 201) }, isNew: true));
        Assert.Equal(["query", "location"], e.Errors.Keys.Order().Reverse());
    }

    [Fact]
    public void A_change_touches_only_the_fields_sent_and_is_checked_against_the_whole()
    {
        var source = new Source { Type = BoardType.Greenhouse, Key = "acme" };
        SourceRules.Apply(source, new SourceFields { Enabled = false, Present = PartialUpdate.Sent(nameof(SourceFields.Enabled)) }, isNew: false);
        Assert.Equal((BoardType.Greenhouse, "acme", false), (source.Type, source.Key, source.Enabled));

        // Moving a company's subscription to an aggregator leaves its key behind, which the aggregator does not take.
        var e = Assert.Throws<ValidationFailedException>(() => SourceRules.Apply(source,
            new SourceFields { Type = "remotive", Present = PartialUpdate.Sent(nameof(SourceFields.Type)) }, isNew: false));
        Assert.Equal(["key"], e.Errors.Keys);
    }
}
