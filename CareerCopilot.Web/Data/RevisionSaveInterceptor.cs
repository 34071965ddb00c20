using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerCopilot.Web.Data;

/// <summary>
/// Every save, synchronous or not, moves the revisions of the users whose rows it writes, in one transaction with
/// the rows: the transaction begins before the rows are written, and the revisions move and commit once they are.
/// </summary>
internal sealed class RevisionSaveInterceptor : SaveChangesInterceptor
{
    public static readonly RevisionSaveInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db && Begin(db) is not null && db.Database.CurrentTransaction is null)
            db.RevisionState.SaveTransaction = db.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && Begin(db) is not null && db.Database.CurrentTransaction is null)
            db.RevisionState.SaveTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    // Once the rows are written, their revisions follow whatever the caller's token says: no commit of one without the other.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not AppDbContext { RevisionState.Saving: { } owners } db) return result;
        try
        {
            UserRevisions.Move(db, owners);
            db.RevisionState.SaveTransaction?.Commit();
        }
        finally { db.RevisionState.EndSave(); }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext { RevisionState.Saving: { } owners } db) return result;
        try
        {
            await UserRevisions.MoveAsync(db, owners, CancellationToken.None);
            if (db.RevisionState.SaveTransaction is { } transaction) await transaction.CommitAsync(CancellationToken.None);
        }
        finally { db.RevisionState.EndSave(); }
        return result;
    }

    // A failed or cancelled save rolls back the transaction it began, so the context is left as it was found.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => End(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => End(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData.Context);
        return Task.CompletedTask;
    }

    private static RevisionOwners? Begin(AppDbContext db)
    {
        var owners = UserRevisions.OwnersOfChanges(db);
        db.RevisionState.Saving = owners.IsEmpty ? null : owners;
        return db.RevisionState.Saving;
    }

    private static void End(DbContext? context)
    {
        if (context is AppDbContext db) db.RevisionState.EndSave();
    }
}
