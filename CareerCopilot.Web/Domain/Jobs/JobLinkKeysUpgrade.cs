using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>
/// Gives jobs saved before links were keyed their <see cref="Job.UrlKey"/>, so a link imported today finds a job
/// typed in last month. Saving is enough: every save refreshes the key. Nothing is left to do after the first start.
/// </summary>
public sealed class JobLinkKeysUpgrade(AppDbContext db)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var changed = 0;
        for (var lastId = 0; ;)
        {
            var jobs = await db.Jobs.Where(j => j.Id > lastId && j.Url != null && j.UrlKey == null)
                .OrderBy(j => j.Id).Take(BatchSize).ToListAsync(ct);
            if (jobs.Count == 0) return changed;
            foreach (var job in jobs) db.Entry(job).Property(j => j.Url).IsModified = true;
            changed += await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            lastId = jobs[^1].Id;
        }
    }
}
