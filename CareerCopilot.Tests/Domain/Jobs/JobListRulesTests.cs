using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;

namespace CareerCopilot.Tests.Domain.Jobs;

public sealed class JobListRulesTests
{
    private static Job JobOf(int id, string company, JobStatus status = JobStatus.NotApplied, RemoteMode remote = RemoteMode.Unknown,
        JobSource source = JobSource.Manual, params string[] stack)
    {
        var job = new Job { Id = id, Company = company, Title = "Engineer", Status = status, Remote = remote, Source = source, TechStack = [.. stack] };
        job.RefreshDerivedFields();
        return job;
    }

    private static readonly Job[] Jobs =
    [
        JobOf(1, "contoso", JobStatus.Offer, RemoteMode.Remote, JobSource.Manual, "Go"),
        JobOf(2, "Fabrikam", JobStatus.Applied, RemoteMode.Onsite, JobSource.Url, "C#"),
        JobOf(3, "Adventure Works", JobStatus.NotApplied, RemoteMode.Remote, JobSource.Manual, "C#", "Kubernetes"),
        JobOf(4, "Büro Zürich", JobStatus.Rejected, RemoteMode.Hybrid, JobSource.Manual),
    ];

    private static int[] Ids(JobQuery query) =>
        JobListRules.Order(JobListRules.Filter(Jobs.AsQueryable(), query), query.Sort).Select(j => j.Id).ToArray();

    [Fact]
    public void Filters_combine()
    {
        Assert.Equal([3, 1], Ids(new JobQuery(Remote: RemoteMode.Remote)));
        Assert.Equal([3], Ids(new JobQuery(Remote: RemoteMode.Remote, Status: JobStatus.NotApplied)));
        Assert.Equal([2], Ids(new JobQuery(Source: JobSource.Url)));
    }

    [Fact]
    public void Search_matches_company_title_location_and_skills_ignoring_case_and_invisible_characters()
    {
        Assert.Equal([3, 2], Ids(new JobQuery(Search: "c#")));
        Assert.Equal([3], Ids(new JobQuery(Search: "KUBER\u200Bnetes")));
        Assert.Equal([4], Ids(new JobQuery(Search: "zürich")));
        Assert.Equal([4, 3, 2, 1], Ids(new JobQuery(Search: "  ")));
    }

    [Fact]
    public void A_search_longer_than_the_limit_is_cut_not_refused() =>
        Assert.Equal(JobQuery.MaxSearchLength, JobListRules.SearchTerm(new string('a', JobQuery.MaxSearchLength + 50)).Length);

    [Theory]
    [InlineData(JobSort.CreatedDesc, new[] { 4, 3, 2, 1 })]
    [InlineData(JobSort.CreatedAsc, new[] { 1, 2, 3, 4 })]
    [InlineData(JobSort.Company, new[] { 3, 4, 1, 2 })]
    [InlineData(JobSort.CompanyDesc, new[] { 2, 1, 4, 3 })]
    [InlineData(JobSort.Status, new[] { 3, 2, 1, 4 })]
    [InlineData(JobSort.StatusDesc, new[] { 4, 1, 2, 3 })]
    public void Columns_sort_with_names_ignoring_case_and_statuses_in_pipeline_order(JobSort sort, int[] expected) =>
        Assert.Equal(expected, Ids(new JobQuery(Sort: sort)));

    [Theory]
    [InlineData(JobSort.Deadline, new[] { 3, 1, 4, 2 })]
    [InlineData(JobSort.DeadlineDesc, new[] { 1, 3, 4, 2 })]
    public void Deadlines_sort_soonest_or_latest_first_and_jobs_without_one_last_either_way(JobSort sort, int[] expected)
    {
        Job[] jobs =
        [
            new() { Id = 1, Deadline = new DateOnly(2026, 12, 20) },
            new() { Id = 2 },
            new() { Id = 3, Deadline = new DateOnly(2026, 12, 1) },
            new() { Id = 4 },
        ];
        Assert.Equal(expected, JobListRules.Order(jobs.AsQueryable(), sort).Select(j => j.Id).ToArray());
    }

    private static readonly Job[] Placed =
    [
        new() { Id = 1, Company = "A", Title = "T", Location = "berlin", SalaryMin = 50_000, SalaryMax = 70_000 },
        new() { Id = 2, Company = "B", Title = "T", Location = null, SalaryMin = 90_000 },
        new() { Id = 3, Company = "C", Title = "T", Location = "Amsterdam", SalaryMax = 60_000 },
        new() { Id = 4, Company = "D", Title = "T", Location = "" },
        new() { Id = 5, Company = "E", Title = "T", Location = "Berlin", SalaryMin = 40_000, SalaryMax = 70_000 },
    ];

    private static int[] PlacedIds(JobSort sort) => JobListRules.Order(Placed.AsQueryable(), sort).Select(j => j.Id).ToArray();

    [Theory]
    [InlineData(JobSort.Location, new[] { 3, 5, 1, 4, 2 })]
    [InlineData(JobSort.LocationDesc, new[] { 5, 1, 3, 4, 2 })]
    public void Location_sorts_ignoring_case_with_jobs_without_one_last_both_ways(JobSort sort, int[] expected) =>
        Assert.Equal(expected, PlacedIds(sort));

    [Theory]
    [InlineData(JobSort.Salary, new[] { 3, 5, 1, 2, 4 })]
    [InlineData(JobSort.SalaryDesc, new[] { 2, 5, 1, 3, 4 })]
    public void Salary_sorts_by_the_top_of_the_range_else_the_bottom_with_jobs_without_one_last_both_ways(JobSort sort, int[] expected) =>
        Assert.Equal(expected, PlacedIds(sort));

    [Fact]
    public void A_bulk_selection_takes_each_plausible_id_once_in_the_order_given()
    {
        Assert.Equal([3, 1, 7], JobListRules.BulkSelection([3, 1, 3, 0, -4, 7, 1]));
        Assert.Equal(JobListRules.MaxBulk, JobListRules.BulkSelection(Enumerable.Range(1, JobListRules.MaxBulk)).Length);
    }

    [Fact]
    public void A_bulk_selection_of_none_or_too_many_is_refused_with_a_message()
    {
        Assert.Equal("Select at least one job.", Assert.Throws<ValidationFailedException>(() => JobListRules.BulkSelection([0, -1])).Message);
        Assert.Equal("Select at least one job.", Assert.Throws<ValidationFailedException>(() => JobListRules.BulkSelection(null)).Message);
        Assert.Contains("at most 100", Assert.Throws<ValidationFailedException>(() => JobListRules.BulkSelection(Enumerable.Range(1, 101))).Message);
    }

    [Fact]
    public void Score_orders_page_the_cached_scores_with_ties_to_the_newer_job()
    {
        var profile = new MatchProfile(["C#"], ["Remote"], null);
        var snapshot = MatchSnapshot.Score(1, profile, Jobs.Select(j =>
            new ScoredJob(j.Id, default, j.Status, false, j.TechStack, j.Location, j.Remote, j.ExperienceLevel, default)));
        var ids = Jobs.Select(j => j.Id).ToList();

        var best = JobListRules.PageByScore(ids, snapshot, JobSort.Score, new PageRequest(1, 2));
        var worst = JobListRules.PageByScore(ids, snapshot, JobSort.ScoreAsc, new PageRequest(1, 4));

        Assert.Equal([3, 2], best);
        Assert.Equal(ids.OrderBy(id => snapshot.Find(id)!.Match.Score).ThenByDescending(id => id), worst);
        Assert.True(JobListRules.SortsByScore(JobSort.ScoreAsc));
        Assert.False(JobListRules.SortsByScore(JobSort.Company));
    }
}
