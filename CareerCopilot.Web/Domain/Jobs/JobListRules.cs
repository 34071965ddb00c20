using System.Linq.Expressions;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Matching;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>How a jobs list is filtered, searched and ordered: expressions the database runs, tested on plain lists.</summary>
public static class JobListRules
{
    public static IQueryable<Job> Filter(IQueryable<Job> jobs, JobQuery q)
    {
        if (q.Status is { } status) jobs = jobs.Where(j => j.Status == status);
        if (q.Source is { } source) jobs = jobs.Where(j => j.Source == source);
        if (q.Remote is { } remote) jobs = jobs.Where(j => j.Remote == remote);
        var search = SearchTerm(q.Search);
        if (search.Length > 0) jobs = jobs.Where(j => j.SearchText.Contains(search));
        return jobs;
    }

    /// <summary>What a search matches against <see cref="Job.SearchText"/>: cleaned, lower case, cut at the longest search.</summary>
    public static string SearchTerm(string? search)
    {
        var term = Text.Clean(search).ToLowerInvariant();
        return term.Length > JobQuery.MaxSearchLength ? term[..JobQuery.MaxSearchLength] : term;
    }

    /// <summary>Statuses sort in pipeline order, not alphabetically (they are stored as text).</summary>
    private static readonly Expression<Func<Job, int>> PipelineOrder = j =>
        j.Status == JobStatus.NotApplied ? 0 : j.Status == JobStatus.Applied ? 1 : j.Status == JobStatus.Interview ? 2
        : j.Status == JobStatus.Offer ? 3 : j.Status == JobStatus.Accepted ? 4 : j.Status == JobStatus.Rejected ? 5 : 6;

    /// <summary>1 for a job without a location, which sorts last both ways.</summary>
    private static readonly Expression<Func<Job, int>> NoLocation = j => j.Location == null || j.Location == "" ? 1 : 0;

    /// <summary>A job's salary for sorting: the top of its range, else its bottom; null when it states none.</summary>
    private static readonly Expression<Func<Job, int?>> SalaryOf = j => j.SalaryMax ?? j.SalaryMin;

    /// <summary>1 for a job without a salary, which sorts last both ways.</summary>
    private static readonly Expression<Func<Job, int>> NoSalary = j => (j.SalaryMax ?? j.SalaryMin) == null ? 1 : 0;

    /// <summary>Orders by a column; ties go to the newer job. Score orders are not columns: see <see cref="PageByScore"/>.</summary>
    // ToLower is what the database translates (SQL lower()); the culture-aware overloads it would want are not.
#pragma warning disable CA1304, CA1311
    public static IQueryable<Job> Order(IQueryable<Job> jobs, JobSort sort) => sort switch
    {
        JobSort.CreatedAsc => jobs.OrderBy(j => j.Id),
        JobSort.Company => jobs.OrderBy(j => j.Company.ToLower()).ThenByDescending(j => j.Id),
        JobSort.CompanyDesc => jobs.OrderByDescending(j => j.Company.ToLower()).ThenByDescending(j => j.Id),
        JobSort.Title => jobs.OrderBy(j => j.Title.ToLower()).ThenByDescending(j => j.Id),
        JobSort.TitleDesc => jobs.OrderByDescending(j => j.Title.ToLower()).ThenByDescending(j => j.Id),
        JobSort.Status => jobs.OrderBy(PipelineOrder).ThenByDescending(j => j.Id),
        JobSort.StatusDesc => jobs.OrderByDescending(PipelineOrder).ThenByDescending(j => j.Id),
        JobSort.Deadline => jobs.OrderBy(j => j.Deadline == null).ThenBy(j => j.Deadline).ThenByDescending(j => j.Id),
        JobSort.DeadlineDesc => jobs.OrderBy(j => j.Deadline == null).ThenByDescending(j => j.Deadline).ThenByDescending(j => j.Id),
        JobSort.Location => jobs.OrderBy(NoLocation).ThenBy(j => (j.Location ?? "").ToLower()).ThenByDescending(j => j.Id),
        JobSort.LocationDesc => jobs.OrderBy(NoLocation).ThenByDescending(j => (j.Location ?? "").ToLower()).ThenByDescending(j => j.Id),
        JobSort.Salary => jobs.OrderBy(NoSalary).ThenBy(SalaryOf).ThenByDescending(j => j.Id),
        JobSort.SalaryDesc => jobs.OrderBy(NoSalary).ThenByDescending(SalaryOf).ThenByDescending(j => j.Id),
        _ => jobs.OrderByDescending(j => j.Id),
    };
#pragma warning restore CA1304, CA1311

    /// <summary>How many jobs one bulk action may change: a page holds at most <see cref="PageRequest.MaxSize"/>.</summary>
    public const int MaxBulk = PageRequest.MaxSize;

    /// <summary>The ids a bulk action acts on: each once, only plausible ids, and at most <see cref="MaxBulk"/>.</summary>
    public static int[] BulkSelection(IEnumerable<int>? ids)
    {
        var selected = (ids ?? []).Where(id => id > 0).Distinct().ToArray();
        if (selected.Length == 0) throw ValidationFailedException.For("ids", "Select at least one job.");
        if (selected.Length > MaxBulk) throw ValidationFailedException.For("ids", $"Select at most {MaxBulk} jobs at a time.");
        return selected;
    }

    public static bool SortsByScore(JobSort sort) => sort is JobSort.Score or JobSort.ScoreAsc;

    /// <summary>The matching ids ordered by their cached scores (ties to the newer job), and one page of them kept.</summary>
    public static IReadOnlyList<int> PageByScore(IEnumerable<int> ids, MatchSnapshot snapshot, JobSort sort, PageRequest page)
    {
        var scored = ids.Select(id => (Id: id, Score: snapshot.Find(id)?.Match.Score ?? 0));
        var ordered = sort == JobSort.Score ? scored.OrderByDescending(j => j.Score) : scored.OrderBy(j => j.Score);
        return ordered.ThenByDescending(j => j.Id).Skip(page.Skip).Take(page.PageSize).Select(j => j.Id).ToList();
    }
}
