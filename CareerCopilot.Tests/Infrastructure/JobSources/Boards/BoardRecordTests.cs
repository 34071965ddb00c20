using System.Text.Json;
using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.JobSources;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

/// <summary>
/// One job read from its board by the key and id its link carries, as import by link does: from the board's
/// single-job call where it has one (Lever, SmartRecruiters), else picked from the whole board (Ashby, Workable,
/// Recruitee), with the same mapping as a followed board.
/// </summary>
public sealed class BoardRecordTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/posting-api/job-board/example", "ashby/jobs.json");
        boards.Fake.Serve("/api/v1/widget/accounts/nordlight", "workable/account.json");
        boards.Fake.Serve("/bunq/api/offers/", "recruitee/offers.json");
        boards.Fake.Serve("/v1/companies/acmecorp/postings/743999912345678", "smartrecruiters/posting-743999912345678.json");
        var lever = JsonDocument.Parse(FakeJobBoard.Fixture("lever/postings.json")).RootElement[0].GetRawText();
        boards.Fake.Text("/v0/postings/leverdemo/5ac21346-8e0c-4494-8e7a-3eb92ff77902", lever);
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    private IBoardRecord Record(BoardType type) => Assert.IsAssignableFrom<IBoardRecord>(boards.Board(type));

    [Theory]
    [InlineData(BoardType.Ashby, "example", "7458d4e9-da2e-47bd-98cb-adfda43d42b2", "Product Manager, Growth")]
    [InlineData(BoardType.Workable, "nordlight", "AB12CD34", "Machine Learning Engineer")]
    [InlineData(BoardType.Recruitee, "bunq", "senior-product-owner-1", "(Senior) Product Owner")]
    [InlineData(BoardType.Lever, "leverdemo", "5ac21346-8e0c-4494-8e7a-3eb92ff77902", "Backend Engineer")]
    [InlineData(BoardType.SmartRecruiters, "acmecorp", "743999912345678", "Director, Customer Engagement")]
    public async Task The_key_and_id_a_link_carries_read_that_one_job(BoardType type, string key, string id, string title)
    {
        var posting = await Record(type).FetchRecordAsync(key, id, CancellationToken.None);

        Assert.NotNull(posting);
        Assert.Equal(title, posting.Title);
        Assert.False(string.IsNullOrWhiteSpace(posting.Company));
        Assert.Equal(type, posting.Board);
    }

    [Theory]
    [InlineData(BoardType.Ashby, "example")]
    [InlineData(BoardType.Workable, "nordlight")]
    [InlineData(BoardType.Recruitee, "bunq")]
    public async Task An_id_the_board_does_not_list_is_no_job(BoardType type, string key) =>
        Assert.Null(await Record(type).FetchRecordAsync(key, "no-such-job", CancellationToken.None));
}
