using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class WorkableBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/api/v1/widget/accounts/nordlight", "workable/account.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task An_account_maps_to_postings_under_its_name_with_hidden_locations_left_out()
    {
        var postings = await boards.FetchAsync(BoardType.Workable, new BoardQuery("nordlight"));

        var engineer = postings.Single(p => p.ExternalId == "AB12CD34");
        Assert.Equal("Machine Learning Engineer", engineer.Title);
        Assert.Equal("Nordlight Robotics", engineer.Company);
        Assert.Equal(
            [new PostingLocation("Paris, Île-de-France, France", "Paris", "Île-de-France", "FR"), new PostingLocation("Berlin, Berlin, Germany", "Berlin", "Berlin", "DE")],
            engineer.Locations);
        Assert.Equal(RemoteMode.Remote, engineer.Remote);
        Assert.Equal(EmploymentType.FullTime, engineer.EmploymentType);
        Assert.Null(engineer.Salary);
        Assert.Contains("<strong>Python</strong>", engineer.DescriptionHtml);
        Assert.DoesNotContain("<form", engineer.DescriptionHtml);
        Assert.DoesNotContain("<input", engineer.DescriptionHtml);
        Assert.DoesNotContain("onerror", engineer.DescriptionHtml);
        Assert.Equal("Train perception models in Python and PyTorch.\nShip them to robots.", engineer.DescriptionText);
        Assert.Equal("https://apply.workable.com/j/AB12CD34", engineer.Url);
        Assert.Equal("https://apply.workable.com/j/AB12CD34/apply", engineer.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 18, 0, 0, 0, DateTimeKind.Utc), engineer.PostedAt);
        Assert.Equal(["Engineering"], engineer.Tags);
        Assert.Superset(new HashSet<string> { "Python", "PyTorch" }, engineer.Skills.ToHashSet());
    }

    [Fact]
    public async Task A_job_not_telecommuting_is_not_called_remote_and_its_type_is_read()
    {
        var postings = await boards.FetchAsync(BoardType.Workable, new BoardQuery("nordlight"));

        var lead = postings.Single(p => p.ExternalId == "EF56GH78");
        Assert.Equal(RemoteMode.Unknown, lead.Remote);
        Assert.Equal(EmploymentType.PartTime, lead.EmploymentType);
        Assert.Equal(["Operations", "Management"], lead.Tags);
        Assert.Equal(EmploymentType.Contract, postings.Single(p => p.ExternalId == "IJ90KL12").EmploymentType);
    }

    [Fact]
    public async Task A_job_that_lists_no_locations_takes_its_own_city_state_and_country()
    {
        var translator = (await boards.FetchAsync(BoardType.Workable, new BoardQuery("nordlight"))).Single(p => p.ExternalId == "IJ90KL12");

        Assert.Equal([new PostingLocation("Munich, Bavaria, Germany", "Munich", "Bavaria", "Germany")], translator.Locations);
        Assert.Empty(translator.Tags);
    }

    [Fact]
    public async Task A_job_without_a_shortcode_is_skipped_and_counted()
    {
        var fetch = await boards.Board(BoardType.Workable).FetchAsync(new BoardQuery("nordlight"), CancellationToken.None);

        Assert.Equal(3, fetch.Postings.Count);
        Assert.Equal(1, fetch.Skipped);
    }

    [Fact]
    public async Task The_request_asks_the_widget_path_for_details()
    {
        await boards.FetchAsync(BoardType.Workable, new BoardQuery("nordlight"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/api/v1/widget/accounts/nordlight", request.Path);
        Assert.Equal("?details=true", request.Query);
    }

    [Fact]
    public async Task An_unknown_account_is_an_error_that_says_to_check_the_key()
    {
        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.Workable).FetchAsync(new BoardQuery("nosuchaccount"), CancellationToken.None));

        Assert.Contains("check the key", error.Message);
    }
}
