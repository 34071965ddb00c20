using Microsoft.EntityFrameworkCore.Storage;

namespace CareerCopilot.Web.Data;

/// <summary>What one context's write in flight means for revisions; the interceptors are shared and keep no state.</summary>
internal sealed class UserRevisionState
{
    private int sanctions;

    /// <summary>True while a write that moves its users' revisions itself runs its bulk commands.</summary>
    public bool BulkWritesSanctioned => sanctions > 0;

    /// <summary>The owners of the rows the save in flight writes.</summary>
    public RevisionOwners? Saving { get; set; }

    /// <summary>The transaction the save in flight began for its rows and their revisions; null when the caller's is used.</summary>
    public IDbContextTransaction? SaveTransaction { get; set; }

    public IDisposable SanctionBulkWrites()
    {
        sanctions++;
        return new Sanction(this);
    }

    public void EndSave()
    {
        SaveTransaction?.Dispose();
        SaveTransaction = null;
        Saving = null;
    }

    private sealed class Sanction(UserRevisionState state) : IDisposable
    {
        public void Dispose() => state.sanctions--;
    }
}
