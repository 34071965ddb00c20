using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CareerCopilot.Tests.Domain.Ingestion;

public sealed class PostingStoreTests(TempDatabase database) : IClassFixture<TempDatabase>
{
    private sealed class Contexts(TempDatabase database) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => database.NewContext();
    }

    private const string Description = PostingKeysTests.Text;

    private static int ids;

    /// <summary>A posting of a company no other test uses, so tests sharing the database do not match each other's.</summary>
    private static NormalisedPosting Posting(BoardType board, string company, string? url = null, string title = "Backend Engineer",
        string location = "Berlin", string description = Description) => new()
    {
        Board = board,
        ExternalId = $"ext-{Interlocked.Increment(ref ids)}",
        Title = title,
        Company = company,
        Locations = [new PostingLocation(location)],
        DescriptionText = description.Replace("payment", company, StringComparison.Ordinal),
        Url = url,
    };

    private PostingStore Store() => new(new Contexts(database), new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero)));

    private async Task<Posting> LoadAsync(int id)
    {
        await using var db = database.NewContext();
        return await db.Postings.Include(p => p.Links).SingleAsync(p => p.Id == id);
    }

    [Fact]
    public async Task The_same_job_from_two_boards_is_one_posting_with_both_links_and_the_company_board_wins_its_fields()
    {
        var store = Store();
        var aggregator = Posting(BoardType.Remotive, "Initech Ltd", "https://remotive.com/remote-jobs/dev/backend-1") with
        {
            Salary = new PostingSalary(50_000, 60_000, "USD", SalaryPeriod.Year), Remote = RemoteMode.Remote,
        };
        var first = await store.StoreAsync([aggregator], CancellationToken.None);
        var ats = Posting(BoardType.Greenhouse, "Initech", "https://boards.greenhouse.io/initech/jobs/9?gh_src=remotive") with
        {
            Title = "Backend Engineer", Salary = new PostingSalary(70_000, 80_000, "EUR", SalaryPeriod.Year),
        };

        var second = await store.StoreAsync([ats], CancellationToken.None);

        Assert.Equal((1, 0), (first.New, first.Duplicates));
        Assert.Equal((0, 1), (second.New, second.Duplicates));
        Assert.Equal(first.PostingIds, second.PostingIds);
        var posting = await LoadAsync(first.PostingIds[0]);
        Assert.Equal([BoardType.Remotive, BoardType.Greenhouse], posting.Links.OrderBy(l => l.Id).Select(l => l.Board));
        Assert.Equal((BoardType.Greenhouse, "Initech", 70_000, "EUR"), (posting.Board, posting.Company, posting.SalaryMin, posting.SalaryCurrency));
        Assert.Equal(RemoteMode.Remote, posting.Remote);
    }

    [Fact]
    public async Task A_repost_under_a_link_with_tracking_parameters_is_the_same_posting()
    {
        var store = Store();
        var first = await store.StoreAsync([Posting(BoardType.Arbeitnow, "Umbrella", "https://umbrella.example/jobs/7")], CancellationToken.None);

        var again = await store.StoreAsync([Posting(BoardType.Himalayas, "Umbrella Corp", "https://www.umbrella.example/jobs/7/?utm_source=himalayas",
            title: "Senior Platform Engineer", location: "Paris")], CancellationToken.None);

        Assert.Equal((0, 1), (again.New, again.Duplicates));
        Assert.Equal(first.PostingIds, again.PostingIds);
    }

    [Fact]
    public async Task The_same_board_and_id_seen_again_is_known_not_new_and_not_a_duplicate()
    {
        var store = Store();
        var posting = Posting(BoardType.Lever, "Hooli");
        await store.StoreAsync([posting], CancellationToken.None);

        var again = await Store().StoreAsync([posting with { Title = "Backend Engineer II" }], CancellationToken.None);

        Assert.Equal((0, 0), (again.New, again.Duplicates));
        Assert.Equal("Backend Engineer II", (await LoadAsync(again.PostingIds[0])).Title);
    }

    [Fact]
    public async Task A_near_identical_text_from_the_same_company_is_merged_but_from_another_company_is_only_linked()
    {
        var store = Store();
        var original = await store.StoreAsync([Posting(BoardType.Ashby, "Globex", title: "Backend Engineer")], CancellationToken.None);
        var text = Description.Replace("payment", "Globex", StringComparison.Ordinal);

        var repost = await store.StoreAsync([Posting(BoardType.Workable, "Globex", title: "Software Engineer, Backend", location: "Berlin",
            description: text + " Apply by Friday.") with { DescriptionText = text + " Apply by Friday." }], CancellationToken.None);
        var agency = await store.StoreAsync([Posting(BoardType.Jooble, "Talent Partners Recruiting", title: "Backend Developer",
            location: "Hamburg") with { DescriptionText = text.Replace("thirty days", "twenty-eight days", StringComparison.Ordinal) }], CancellationToken.None);

        Assert.Equal((0, 1), (repost.New, repost.Duplicates));
        Assert.Equal(original.PostingIds, repost.PostingIds);
        Assert.Equal((1, 0), (agency.New, agency.Duplicates));
        Assert.Equal(original.PostingIds[0], (await LoadAsync(agency.PostingIds[0])).PossibleDuplicateOfId);
    }

    [Fact]
    public async Task The_same_title_at_the_same_company_in_another_city_with_another_text_is_another_opening()
    {
        var store = Store();
        var berlin = await store.StoreAsync([Posting(BoardType.Greenhouse, "Vandelay", location: "Berlin")], CancellationToken.None);

        var lisbon = await store.StoreAsync([Posting(BoardType.Greenhouse, "Vandelay", location: "Lisbon",
            description: "Join our Lisbon office to keep the import and export ledgers of our fleet honest, with a team of four and lots of coffee.")],
            CancellationToken.None);

        Assert.Equal((1, 0), (lisbon.New, lisbon.Duplicates));
        Assert.NotEqual(berlin.PostingIds, lisbon.PostingIds);
    }

    [Fact]
    public async Task An_agency_copy_of_a_posting_new_in_the_same_reading_is_linked_to_it()
    {
        // A text of its own, so no other test's posting is nearer.
        var text = string.Join(' ', PostingKeysTests.Text.Split(' ').Reverse());
        var original = Posting(BoardType.Jooble, "Dunder Mifflin", title: "Backend Engineer", description: text);
        var copy = Posting(BoardType.Jooble, "Staffing Stars Agency", title: "Backend Engineer", location: "Scranton") with
        {
            DescriptionText = original.DescriptionText!.Replace("thirty days", "twenty-eight days", StringComparison.Ordinal),
        };

        var stored = await Store().StoreAsync([original, copy], CancellationToken.None);

        Assert.Equal((2, 0), (stored.New, stored.Duplicates));
        Assert.Equal(stored.PostingIds[0], (await LoadAsync(stored.PostingIds[1])).PossibleDuplicateOfId);
    }

    [Fact]
    public async Task Duplicates_within_one_reading_are_stored_once()
    {
        var posting = Posting(BoardType.Recruitee, "Pied Piper", "https://piedpiper.example/o/backend");

        var stored = await Store().StoreAsync([posting, posting, posting with { ExternalId = "other", Board = BoardType.Personio }], CancellationToken.None);

        Assert.Equal((1, 1), (stored.New, stored.Duplicates));
        Assert.Single(stored.PostingIds);
    }
}
