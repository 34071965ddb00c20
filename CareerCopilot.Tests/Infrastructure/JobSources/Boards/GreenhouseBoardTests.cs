using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class GreenhouseBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/v1/boards/vaulttec/jobs", "greenhouse/jobs.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_board_maps_to_postings_with_the_entity_encoded_description_decoded_and_made_safe()
    {
        var postings = await boards.FetchAsync(BoardType.Greenhouse, new BoardQuery("vaulttec"));

        var engineer = postings.Single(p => p.ExternalId == "127817");
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.Equal("Vault-Tec Inc.", engineer.Company);
        Assert.Contains("<strong>C#</strong>", engineer.DescriptionHtml);
        Assert.DoesNotContain("script", engineer.DescriptionHtml);
        Assert.DoesNotContain("javascript:", engineer.DescriptionHtml);
        Assert.DoesNotContain("<img", engineer.DescriptionHtml);
        Assert.DoesNotContain("onerror", engineer.DescriptionHtml);
        Assert.Contains("- 5+ years of .NET", engineer.DescriptionText);
        Assert.Equal(["New York, NY", "New York, NY, United States"], engineer.Locations.Select(l => l.Raw));
        Assert.Equal(new PostingSalary(150_000, 190_000, "USD", null), engineer.Salary);
        Assert.Equal(new DateTime(2026, 11, 18, 14, 0, 0, DateTimeKind.Utc), engineer.PostedAt);
        Assert.Equal(["Engineering"], engineer.Tags);
        Assert.Equal("https://boards.greenhouse.io/vaulttec/jobs/127817?gh_src=abc123", engineer.Url);
        Assert.Superset(new HashSet<string> { "C#", "PostgreSQL", "Kubernetes", "Docker", ".NET" }, engineer.Skills.ToHashSet());
    }

    [Fact]
    public async Task Remote_and_employment_type_are_read_from_the_location_and_the_boards_custom_fields()
    {
        var designer = (await boards.FetchAsync(BoardType.Greenhouse, new BoardQuery("vaulttec"))).Single(p => p.ExternalId == "127818");

        Assert.Equal(RemoteMode.Remote, designer.Remote);
        Assert.Equal(EmploymentType.Contract, designer.EmploymentType);
    }

    [Fact]
    public async Task A_job_without_a_title_is_skipped_and_counted()
    {
        var fetch = await boards.Board(BoardType.Greenhouse).FetchAsync(new BoardQuery("vaulttec"), CancellationToken.None);
        var rules = (PostingRules)boards.Services.GetService(typeof(PostingRules))!;

        Assert.Equal(3, fetch.Postings.Count + fetch.Skipped);
        Assert.Equal(2, fetch.Postings.Select(rules.Complete).OfType<NormalisedPosting>().Count());
    }

    [Fact]
    public async Task An_unknown_board_token_is_an_error_that_says_to_check_the_key()
    {
        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.Greenhouse).FetchAsync(new BoardQuery("nosuchboard"), CancellationToken.None));

        Assert.Contains("check the key", error.Message);
    }
}
