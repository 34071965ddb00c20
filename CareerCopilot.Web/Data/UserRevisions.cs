using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Data;

/// <summary>
/// The rule every cached figure stands on: a change to a row a user owns moves that user's <c>Profiles.Revision</c>,
/// in the same transaction as the rows, so a reader sees both or neither. A save moves it by itself
/// (<see cref="RevisionSaveInterceptor"/>); a bulk write moves it only through <see cref="BulkWriteAsync"/>, and
/// <see cref="UnrevisedWriteGuard"/> refuses one that does not.
/// </summary>
public static class UserRevisions
{
    /// <summary>Rows that name their user, and an application's events, which belong to the application's user.</summary>
    public static bool IsUserOwned(Type entity) => entity.IsAssignableTo(typeof(IUserOwned)) || entity == typeof(ApplicationEvent);

    /// <summary>
    /// The sanctioned way to write users' rows in bulk (ExecuteUpdate, ExecuteDelete, raw SQL): the write and the
    /// revisions of <paramref name="userIds"/>, every user whose rows it touches, commit in one transaction.
    /// </summary>
    public static async Task BulkWriteAsync(this AppDbContext db, IReadOnlyCollection<int> userIds, Func<CancellationToken, Task> write,
        CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        using (db.RevisionState.SanctionBulkWrites()) await write(ct);
        await MoveAsync(db, new RevisionOwners(userIds, []), ct);
        if (transaction is not null) await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>The users whose rows the tracked changes add, change or delete.</summary>
    internal static RevisionOwners OwnersOfChanges(AppDbContext db)
    {
        var users = new HashSet<int>();
        var applications = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is IUserOwned owned) users.Add(owned.UserId);
            // A new event of a new application has no application id yet; that application's user is counted already.
            else if (entry.Entity is ApplicationEvent e && !entry.Property(nameof(ApplicationEvent.ApplicationId)).IsTemporary)
                applications.Add(e.ApplicationId);
        }
        return new RevisionOwners(users, applications);
    }

    internal static void Move(AppDbContext db, RevisionOwners owners)
    {
        using (db.RevisionState.SanctionBulkWrites())
            ProfilesOf(db, owners).ExecuteUpdate(s => s.SetProperty(p => p.Revision, p => p.Revision + 1));
    }

    internal static async Task MoveAsync(AppDbContext db, RevisionOwners owners, CancellationToken ct)
    {
        using (db.RevisionState.SanctionBulkWrites())
            await ProfilesOf(db, owners).ExecuteUpdateAsync(s => s.SetProperty(p => p.Revision, p => p.Revision + 1), ct);
    }

    private static IQueryable<UserProfile> ProfilesOf(AppDbContext db, RevisionOwners owners)
    {
        var users = owners.Users;
        var applications = owners.Applications;
        return applications.Count == 0
            ? db.Profiles.Where(p => users.Contains(p.UserId))
            : db.Profiles.Where(p => users.Contains(p.UserId) || db.Applications.Any(a => a.UserId == p.UserId && applications.Contains(a.Id)));
    }
}

/// <summary>Whose revisions a write moves: users named directly, and the users of applications named by id.</summary>
internal sealed record RevisionOwners(IReadOnlyCollection<int> Users, IReadOnlyCollection<int> Applications)
{
    public bool IsEmpty => Users.Count == 0 && Applications.Count == 0;
}
