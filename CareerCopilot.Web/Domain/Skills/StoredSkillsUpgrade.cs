using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Skills;

/// <summary>
/// Brings skills stored before the current catalogue under its names (profiles and jobs alike), once per catalogue:
/// rows saved as typed ("k8s", "postgres") by an older version end up as "Kubernetes" and "PostgreSQL".
/// </summary>
public sealed class StoredSkillsUpgrade(AppDbContext db, SkillCatalogue catalogue)
{
    private const string SettingKey = "skill-catalogue";
    private const int BatchSize = 500;

    /// <summary>Returns how many profiles and jobs changed; nothing runs when the catalogue is the one last applied.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var stamp = await db.AppSettings.FindAsync([SettingKey], ct);
        if (stamp?.Value == catalogue.Fingerprint) return 0;

        var changed = await UpgradeProfilesAsync(ct) + await UpgradeJobsAsync(ct);
        if (stamp is null) db.AppSettings.Add(new AppSetting { Key = SettingKey, Value = catalogue.Fingerprint });
        else stamp.Value = catalogue.Fingerprint;
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private async Task<int> UpgradeProfilesAsync(CancellationToken ct)
    {
        var changed = 0;
        var users = await db.UserSkills.Select(s => s.UserId).Distinct().ToListAsync(ct);
        foreach (var batch in users.Chunk(BatchSize))
        {
            var skills = await db.UserSkills.Where(s => batch.Contains(s.UserId)).ToListAsync(ct);
            foreach (var mine in skills.GroupBy(s => s.UserId))
            {
                var rows = mine.OrderBy(s => s.Position).ToList();
                var canonical = catalogue.CanonicaliseAll(rows.Select(s => s.Name));
                if (canonical.SequenceEqual(rows.Select(s => s.Name), StringComparer.Ordinal)) continue;
                changed++;
                db.UserSkills.RemoveRange(rows);
                db.UserSkills.AddRange(canonical.Select((name, i) => new Profiles.UserSkill { UserId = mine.Key, Name = name, Position = i }));
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return changed;
    }

    private async Task<int> UpgradeJobsAsync(CancellationToken ct)
    {
        var changed = 0;
        for (var lastId = 0; ;)
        {
            var jobs = await db.Jobs.Where(j => j.Id > lastId).OrderBy(j => j.Id).Take(BatchSize).ToListAsync(ct);
            if (jobs.Count == 0) return changed;
            foreach (var job in jobs)
            {
                var canonical = catalogue.CanonicaliseAll(job.TechStack);
                if (canonical.SequenceEqual(job.TechStack, StringComparer.Ordinal)) continue;
                job.TechStack = canonical;
                changed++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            lastId = jobs[^1].Id;
        }
    }
}
