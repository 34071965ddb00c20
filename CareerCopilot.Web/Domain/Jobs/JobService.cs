using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>A user's job list: query, add, change, remove. Every query is filtered by the user id.</summary>
public sealed class JobService(AppDbContext db, ProfileService profiles, MatchSnapshots snapshots, TimeProvider clock)
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 20_000;

    /// <summary>Whole jobs, for the API.</summary>
    public Task<PagedResult<Job>> ListAsync(int userId, JobQuery query, CancellationToken ct) =>
        PageAsync(userId, query, jobs => jobs.Include(j => j.Application), j => j.Id, ct);

    /// <summary>List rows with their match scores, for the pages: only the columns a row shows are read.</summary>
    public async Task<PagedResult<JobSummary>> ListSummariesAsync(int userId, JobQuery query, CancellationToken ct)
    {
        var snapshot = await snapshots.GetAsync(userId, ct);
        var page = await PageAsync(userId, query, jobs => jobs.Select(j =>
            new JobSummary(j.Id, j.Company, j.Title, j.Location, j.Remote, j.Status, j.CreatedAt, null)), s => s.Id, ct, snapshot);
        return page with { Items = page.Items.Select(s => s with { Score = snapshot.Find(s.Id)?.Match.Score }).ToList() };
    }

    /// <summary>One list row, after an inline change.</summary>
    public async Task<JobSummary> GetSummaryAsync(int userId, int id, CancellationToken ct)
    {
        var job = await GetAsync(userId, id, ct);
        var snapshot = await snapshots.GetAsync(userId, ct);
        return JobSummary.Of(job) with { Score = snapshot.Find(id)?.Match.Score };
    }

    private async Task<PagedResult<T>> PageAsync<T>(int userId, JobQuery query, Func<IQueryable<Job>, IQueryable<T>> shape,
        Func<T, int> idOf, CancellationToken ct, MatchSnapshot? snapshot = null)
    {
        var page = query.Page ?? new PageRequest(1, PageRequest.DefaultSize);
        var jobs = Filter(db.Jobs.AsNoTracking().Where(j => j.UserId == userId), query);
        if (query.Sort is JobSort.Score or JobSort.ScoreAsc)
        {
            snapshot ??= await snapshots.GetAsync(userId, ct);
            var (ids, matching) = PageByScore(await jobs.Select(j => j.Id).ToListAsync(ct), snapshot, query.Sort, page);
            return new PagedResult<T>(await RowsInOrderAsync(jobs, ids, shape, idOf, ct), page.Page, page.PageSize, matching);
        }
        var items = await shape(Order(jobs, query.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(ct);
        // A first page that is not full already says how many there are.
        var total = page.Page == 1 && items.Count < page.PageSize ? items.Count : await jobs.CountAsync(ct);
        return new PagedResult<T>(items, page.Page, page.PageSize, total);
    }

    /// <summary>Scores are not columns: the matching ids are ordered by the cached scores, and one page of them kept.</summary>
    private static (List<int> Ids, int Total) PageByScore(List<int> ids, MatchSnapshot snapshot, JobSort sort, PageRequest page)
    {
        var scored = ids.Select(id => (Id: id, Score: snapshot.Find(id)?.Match.Score ?? 0));
        var ordered = sort == JobSort.Score ? scored.OrderByDescending(j => j.Score) : scored.OrderBy(j => j.Score);
        return (ordered.ThenByDescending(j => j.Id).Skip(page.Skip).Take(page.PageSize).Select(j => j.Id).ToList(), ids.Count);
    }

    private static async Task<List<T>> RowsInOrderAsync<T>(IQueryable<Job> jobs, List<int> ids, Func<IQueryable<Job>, IQueryable<T>> shape,
        Func<T, int> idOf, CancellationToken ct)
    {
        var rows = (await shape(jobs.Where(j => ids.Contains(j.Id))).ToListAsync(ct)).ToDictionary(idOf);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    public async Task<Job> GetAsync(int userId, int id, CancellationToken ct) =>
        await db.Jobs.AsNoTracking().Include(j => j.Application!).ThenInclude(a => a.Events)
            .SingleOrDefaultAsync(j => j.Id == id && j.UserId == userId, ct)
        ?? throw new NotFoundException("Job");

    public async Task<Job> CreateAsync(int userId, JobFields fields, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new Job { UserId = userId, CreatedAt = now, UpdatedAt = now, Source = JobSource.Manual };
        var status = Apply(job, fields with { Present = null }, requireNames: true);
        db.Jobs.Add(job);
        if (status is { } s and not JobStatus.NotApplied) await MoveAsync(job, s, ct);
        await db.SaveChangesAsync(ct);
        return job;
    }

    public async Task<Job> UpdateAsync(int userId, int id, JobFields fields, CancellationToken ct)
    {
        var job = await LoadAsync(userId, id, ct);
        var status = Apply(job, fields, requireNames: false);
        job.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (status is { } s) await MoveAsync(job, s, ct);
        await db.SaveChangesAsync(ct);
        return job;
    }

    /// <summary>The inline status change of the jobs table.</summary>
    public async Task<Job> ChangeStatusAsync(int userId, int id, JobStatus status, CancellationToken ct)
    {
        var job = await LoadAsync(userId, id, ct);
        await MoveAsync(job, status, ct);
        await db.SaveChangesAsync(ct);
        return job;
    }

    public async Task DeleteAsync(int userId, int id, CancellationToken ct)
    {
        // Removed through the change tracker, not a bulk delete, so the user's revision moves with it.
        var job = await db.Jobs.SingleOrDefaultAsync(j => j.Id == id && j.UserId == userId, ct)
            ?? throw new NotFoundException("Job");
        db.Jobs.Remove(job);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new NotFoundException("Job"); // deleted by another request a moment earlier
        }
    }

    /// <summary>
    /// A job's status is its application's: a change goes through the application (and its rules), and the first
    /// move past "not applied" starts one, so the board and the history never miss a job.
    /// </summary>
    private async Task MoveAsync(Job job, JobStatus status, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = await profiles.TodayAsync(job.UserId, ct);
        var target = ApplicationRules.FromJobStatus(status);
        if (job.Application is { } application)
        {
            if (target is null)
                throw ValidationFailedException.For("status",
                    "This job has an application; move the application to withdrawn instead of un-applying.", "invalid_transition");
            ApplicationRules.Move(application, target.Value, now, today);
        }
        else if (target is { } first)
        {
            db.Applications.Add(ApplicationRules.Start(job, first, null, now, today));
        }
    }

    private async Task<Job> LoadAsync(int userId, int id, CancellationToken ct) =>
        await db.Jobs.Include(j => j.Application!).ThenInclude(a => a.Events)
            .SingleOrDefaultAsync(j => j.Id == id && j.UserId == userId, ct)
        ?? throw new NotFoundException("Job");

    /// <summary>Validates and copies the given fields; returns the requested status, applied by the caller.</summary>
    private static JobStatus? Apply(Job job, JobFields f, bool requireNames)
    {
        var v = new Validation();
        if (requireNames || f.Has("company")) job.Company = v.Required("company", "Company", f.Company, MaxNameLength);
        if (requireNames || f.Has("title")) job.Title = v.Required("title", "Title", f.Title, MaxNameLength);
        if (f.Has("location")) job.Location = v.Optional("location", "Location", f.Location, MaxNameLength);
        if (f.Has("remote")) job.Remote = v.OptionalEnum<RemoteMode>("remote", "Remote", f.Remote) ?? RemoteMode.Unknown;
        if (f.Has("employment_type")) job.EmploymentType = v.OptionalEnum<EmploymentType>("employment_type", "Employment type", f.EmploymentType);
        if (f.Has("experience_level")) job.ExperienceLevel = v.OptionalEnum<ExperienceLevel>("experience_level", "Experience level", f.ExperienceLevel);
        if (f.Has("tech_stack")) job.TechStack = SkillList.NormaliseSkills(f.TechStack ?? [], v, "tech_stack");
        if (f.Has("responsibilities")) job.Responsibilities = v.Optional("responsibilities", "Responsibilities", f.Responsibilities, MaxTextLength);
        if (f.Has("description")) job.Description = v.Optional("description", "Description", f.Description, MaxTextLength);
        if (f.Has("url")) job.Url = v.OptionalUrl("url", "Link", f.Url);
        if (f.Has("apply_url")) job.ApplyUrl = v.OptionalUrl("apply_url", "Apply link", f.ApplyUrl);
        if (f.Has("salary_min")) job.SalaryMin = NonNegative(v, "salary_min", f.SalaryMin);
        if (f.Has("salary_max")) job.SalaryMax = NonNegative(v, "salary_max", f.SalaryMax);
        if (job.SalaryMin > job.SalaryMax) v.Add("salary_max", "Maximum salary must not be below the minimum.");
        if (f.Has("salary_currency")) job.SalaryCurrency = Currency(v, f.SalaryCurrency);
        if (f.Has("salary_period")) job.SalaryPeriod = v.OptionalEnum<SalaryPeriod>("salary_period", "Salary period", f.SalaryPeriod);
        if (f.Has("notes")) job.Notes = v.Optional("notes", "Notes", f.Notes, MaxTextLength);
        if (f.Has("date_applied")) job.DateApplied = f.DateApplied;
        if (f.Has("posted_at")) job.PostedAt = f.PostedAt?.UtcDateTime;
        JobStatus? status = null;
        if (f.Has("status") && f.Status is not null)
            status = v.OptionalEnum<JobStatus>("status", "Status", f.Status);
        v.ThrowIfInvalid();
        // Only a request that brings text and no skills has them read from the text; a status change never does.
        if (job.TechStack.Count == 0 && (f.Has("description") || f.Has("responsibilities"))
            && (job.Description is not null || job.Responsibilities is not null))
            job.TechStack = SkillList.Canonicalise(SkillExtractor.Default.Extract($"{job.Description}\n\n{job.Responsibilities}"));
        return status;
    }

    private static int? NonNegative(Validation v, string field, int? value)
    {
        if (value < 0) v.Add(field, "Salary must not be negative.");
        return value;
    }

    private static string? Currency(Validation v, string? value)
    {
        var code = Text.Clean(value).ToUpperInvariant();
        if (code.Length == 0) return null;
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)) v.Add("salary_currency", "Currency must be a three-letter code such as EUR.");
        return code;
    }

    private static IQueryable<Job> Filter(IQueryable<Job> jobs, JobQuery q)
    {
        if (q.Status is { } status) jobs = jobs.Where(j => j.Status == status);
        if (q.Source is { } source) jobs = jobs.Where(j => j.Source == source);
        if (q.Remote is { } remote) jobs = jobs.Where(j => j.Remote == remote);
        var search = Text.Clean(q.Search).ToLowerInvariant();
        if (search.Length > JobQuery.MaxSearchLength) search = search[..JobQuery.MaxSearchLength];
        if (search.Length > 0) jobs = jobs.Where(j => j.SearchText.Contains(search));
        return jobs;
    }

    /// <summary>Statuses sort in pipeline order, not alphabetically (they are stored as text).</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Job, int>> PipelineOrder = j =>
        j.Status == JobStatus.NotApplied ? 0 : j.Status == JobStatus.Applied ? 1 : j.Status == JobStatus.Interview ? 2
        : j.Status == JobStatus.Offer ? 3 : j.Status == JobStatus.Accepted ? 4 : j.Status == JobStatus.Rejected ? 5 : 6;

    private static IQueryable<Job> Order(IQueryable<Job> jobs, JobSort sort) => sort switch
    {
        JobSort.CreatedAsc => jobs.OrderBy(j => j.Id),
        JobSort.Company => jobs.OrderBy(j => j.Company.ToLower()).ThenByDescending(j => j.Id),
        JobSort.CompanyDesc => jobs.OrderByDescending(j => j.Company.ToLower()).ThenByDescending(j => j.Id),
        JobSort.Title => jobs.OrderBy(j => j.Title.ToLower()).ThenByDescending(j => j.Id),
        JobSort.TitleDesc => jobs.OrderByDescending(j => j.Title.ToLower()).ThenByDescending(j => j.Id),
        JobSort.Status => jobs.OrderBy(PipelineOrder).ThenByDescending(j => j.Id),
        JobSort.StatusDesc => jobs.OrderByDescending(PipelineOrder).ThenByDescending(j => j.Id),
        _ => jobs.OrderByDescending(j => j.Id),
    };
}
