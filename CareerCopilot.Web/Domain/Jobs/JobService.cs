using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>A user's job list: query, add, change, remove. Every query is filtered by the user id.</summary>
public sealed class JobService(AppDbContext db, ProfileService profiles, MatchSnapshots snapshots, JobRules rules, TimeProvider clock,
    DeletedJobs deleted)
{
    /// <summary>Whole jobs, for the API.</summary>
    public Task<PagedResult<Job>> ListAsync(int userId, JobQuery query, CancellationToken ct) =>
        PageAsync(userId, query, jobs => jobs.Include(j => j.Application), j => j.Id, ct);

    /// <summary>List rows with their match scores, for the pages: only the columns a row shows are read.</summary>
    public async Task<PagedResult<JobSummary>> ListSummariesAsync(int userId, JobQuery query, CancellationToken ct)
    {
        var snapshot = await snapshots.GetAsync(userId, ct);
        var page = await PageAsync(userId, query, jobs => jobs.Select(j =>
            new JobSummary(j.Id, j.Company, j.Title, j.Location, j.Remote, j.Status, j.Application != null,
                j.SalaryMin, j.SalaryMax, j.SalaryCurrency, j.SalaryPeriod, j.Deadline, j.CreatedAt, null)), s => s.Id, ct, snapshot);
        return page with { Items = page.Items.Select(s => s with { Score = snapshot.Find(s.Id)?.Match.Score }).ToList() };
    }

    /// <summary>The sources the user's jobs come from: the only ones a filter by source can find.</summary>
    public async Task<IReadOnlyList<JobSource>> SourcesAsync(int userId, CancellationToken ct) =>
        (await db.Jobs.Where(j => j.UserId == userId).Select(j => j.Source).Distinct().ToListAsync(ct)).Order().ToList();

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
        var jobs = JobListRules.Filter(db.Jobs.AsNoTracking().Where(j => j.UserId == userId), query);
        if (JobListRules.SortsByScore(query.Sort))
        {
            snapshot ??= await snapshots.GetAsync(userId, ct);
            var matching = await jobs.Select(j => j.Id).ToListAsync(ct);
            var ids = JobListRules.PageByScore(matching, snapshot, query.Sort, page);
            return new PagedResult<T>(await RowsInOrderAsync(jobs, ids, shape, idOf, ct), page.Page, page.PageSize, matching.Count);
        }
        var items = await shape(JobListRules.Order(jobs, query.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(ct);
        // A first page that is not full already says how many there are.
        var total = page.Page == 1 && items.Count < page.PageSize ? items.Count : await jobs.CountAsync(ct);
        return new PagedResult<T>(items, page.Page, page.PageSize, total);
    }

    private static async Task<List<T>> RowsInOrderAsync<T>(IQueryable<Job> jobs, IReadOnlyList<int> ids, Func<IQueryable<Job>, IQueryable<T>> shape,
        Func<T, int> idOf, CancellationToken ct)
    {
        var rows = (await shape(jobs.Where(j => ids.Contains(j.Id))).ToListAsync(ct)).ToDictionary(idOf);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    /// <summary>The newest jobs not applied to yet, for the board's first column, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<Job> Jobs, int Total)> SavedAsync(int userId, int limit, CancellationToken ct)
    {
        var saved = db.Jobs.AsNoTracking().Where(j => j.UserId == userId && j.Status == JobStatus.NotApplied);
        var jobs = await saved.OrderByDescending(j => j.Id).Take(limit).ToListAsync(ct);
        return (jobs, jobs.Count < limit ? jobs.Count : await saved.CountAsync(ct));
    }

    public async Task<Job> GetAsync(int userId, int id, CancellationToken ct) =>
        await db.Jobs.AsNoTracking().Include(j => j.Application!).ThenInclude(a => a.Events)
            .SingleOrDefaultAsync(j => j.Id == id && j.UserId == userId, ct)
        ?? throw new NotFoundException("Job");

    /// <summary>Every board the job's posting was seen on, with its link there: one job, all its places.</summary>
    public async Task<IReadOnlyList<Ingestion.PostingLink>> BoardLinksAsync(int userId, int id, CancellationToken ct)
    {
        var postingId = await db.Jobs.Where(j => j.Id == id && j.UserId == userId).Select(j => j.PostingId).SingleOrDefaultAsync(ct);
        return postingId is null ? [] : await db.PostingLinks.AsNoTracking().Where(l => l.PostingId == postingId && l.Url != null)
            .OrderBy(l => l.FirstSeenAt).ThenBy(l => l.Id).ToListAsync(ct);
    }

    public Task<Job> CreateAsync(int userId, JobFields fields, CancellationToken ct) => CreateAsync(userId, fields, JobSource.Manual, null, ct);

    /// <summary>A new job that came from somewhere (an imported link): where it came from is recorded, not writable.</summary>
    public async Task<Job> CreateAsync(int userId, JobFields fields, JobSource source, string? sourceDetail, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new Job
        {
            UserId = userId, CreatedAt = now, UpdatedAt = now, Source = source,
            SourceDetail = Text.Cap(sourceDetail, Limits.MaxNameLength),
        };
        var status = rules.Apply(job, fields, isNew: true);
        db.Jobs.Add(job);
        if (status is { } s and not JobStatus.NotApplied) await MoveAsync(job, s, ct);
        await db.SaveChangesAsync(ct);
        return job;
    }

    public async Task<Job> UpdateAsync(int userId, int id, JobFields fields, CancellationToken ct)
    {
        var job = await LoadAsync(userId, id, ct);
        var status = rules.Apply(job, fields, isNew: false);
        job.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (status is { } s) await MoveAsync(job, s, ct);
        await db.SaveChangesAsync(ct);
        return job;
    }

    /// <summary>The inline status change of the jobs table.</summary>
    /// <summary>Moves a job (and its application) to a status; says whether the move started its application.</summary>
    public async Task<StatusChange> ChangeStatusAsync(int userId, int id, JobStatus status, CancellationToken ct)
    {
        var job = await LoadAsync(userId, id, ct);
        var started = await MoveAsync(job, status, ct);
        await db.SaveChangesAsync(ct);
        return new StatusChange(job, started);
    }

    /// <summary>
    /// Moves each selected job of the user's to a status by the rules, job by job: a refused move leaves that job as it
    /// was and is reported, the others are saved. Ids that are not the user's jobs are not touched.
    /// </summary>
    public async Task<BulkResult> ChangeStatusManyAsync(int userId, IEnumerable<int> ids, JobStatus status, CancellationToken ct)
    {
        var selected = JobListRules.BulkSelection(ids);
        var found = await db.Jobs.Include(j => j.Application!).ThenInclude(a => a.Events)
            .Where(j => j.UserId == userId && selected.Contains(j.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = await profiles.TodayAsync(userId, ct);
        var results = new List<BulkJobResult>();
        foreach (var job in found.OrderBy(j => Array.IndexOf(selected, j.Id)))
        {
            var name = $"{job.Company} – {job.Title}";
            if (job.Status == status)
            {
                results.Add(new(job.Id, name, BulkOutcome.Unchanged));
                continue;
            }
            // The rules throw before they change anything, so a refused job stays exactly as it was.
            try
            {
                var started = ApplicationRules.MoveJob(job, status, now, today);
                if (started is not null) db.Applications.Add(started);
                results.Add(new(job.Id, name, BulkOutcome.Changed, StartedApplication: started is not null));
            }
            catch (DomainException e) when (e is ValidationFailedException or ConflictException)
            {
                results.Add(new(job.Id, name, BulkOutcome.Refused, e.Message));
            }
        }
        await db.SaveChangesAsync(ct);
        return new BulkResult(results, selected.Length - found.Count);
    }

    /// <summary>Deletes each selected job of the user's, with its application and history; others' ids are not touched.</summary>
    public async Task<BulkResult> DeleteManyAsync(int userId, IEnumerable<int> ids, CancellationToken ct)
    {
        var selected = JobListRules.BulkSelection(ids);
        var found = await db.Jobs.Where(j => j.UserId == userId && selected.Contains(j.Id)).ToListAsync(ct);
        db.Jobs.RemoveRange(found);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("conflict", "Some of these jobs changed meanwhile; nothing was deleted. Please try again.");
        }
        return new BulkResult(found.Select(j => new BulkJobResult(j.Id, $"{j.Company} – {j.Title}", BulkOutcome.Changed)).ToList(),
            selected.Length - found.Count);
    }

    /// <summary>The user's jobs among these ids, as a person names them, for a confirmation.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> NamesAsync(int userId, IEnumerable<int> ids, CancellationToken ct)
    {
        var selected = JobListRules.BulkSelection(ids);
        var found = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId && selected.Contains(j.Id))
            .Select(j => new { j.Id, j.Company, j.Title }).ToListAsync(ct);
        return found.OrderBy(j => Array.IndexOf(selected, j.Id)).Select(j => (j.Id, $"{j.Company} – {j.Title}")).ToList();
    }

    /// <summary>Deletes the job and keeps a copy for the grace period; the token restores it (<see cref="RestoreAsync"/>).</summary>
    public async Task<string> DeleteRestorableAsync(int userId, int id, CancellationToken ct)
    {
        var copy = await db.Jobs.AsNoTracking().Include(j => j.Application).ThenInclude(a => a!.Events)
            .SingleOrDefaultAsync(j => j.Id == id && j.UserId == userId, ct) ?? throw new NotFoundException("Job");
        var feedback = await db.JobFeedback.AsNoTracking().Where(f => f.UserId == userId && f.JobId == id).ToListAsync(ct);
        await DeleteAsync(userId, id, ct);
        return deleted.Keep(userId, new DeletedJob(copy, feedback));
    }

    /// <summary>Puts a deleted job back as it was, with its application, history and feedback (under a new id).</summary>
    public async Task<Job> RestoreAsync(int userId, string? token, CancellationToken ct)
    {
        var kept = deleted.Take(userId, token)
            ?? throw new ConflictException("conflict", $"That job can no longer be restored: an undo is kept for {DeletedJobs.Grace.TotalMinutes:0} minutes.");
        var job = kept.Job;
        job.Id = 0;
        if (job.Application is { } application)
        {
            application.Id = 0;
            application.JobId = 0;
            application.Job = job;
            foreach (var e in application.Events)
            {
                e.Id = 0;
                e.ApplicationId = 0;
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        foreach (var f in kept.Feedback)
            db.JobFeedback.Add(new JobFeedback { UserId = userId, JobId = job.Id, Kind = f.Kind, CreatedAt = f.CreatedAt });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
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

    /// <summary>The job follows its application: see <see cref="ApplicationRules.MoveJob"/>.</summary>
    private async Task<bool> MoveAsync(Job job, JobStatus status, CancellationToken ct)
    {
        var started = ApplicationRules.MoveJob(job, status, clock.GetUtcNow().UtcDateTime, await profiles.TodayAsync(job.UserId, ct));
        if (started is not null) db.Applications.Add(started);
        return started is not null;
    }

    private async Task<Job> LoadAsync(int userId, int id, CancellationToken ct) =>
        await db.Jobs.Include(j => j.Application!).ThenInclude(a => a.Events)
            .SingleOrDefaultAsync(j => j.Id == id && j.UserId == userId, ct)
        ?? throw new NotFoundException("Job");
}
