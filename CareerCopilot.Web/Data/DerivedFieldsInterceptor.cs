using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerCopilot.Web.Data;

/// <summary>Every job a save adds or changes has its search text and link key refreshed, so no write path can forget them.</summary>
internal sealed class DerivedFieldsInterceptor : SaveChangesInterceptor
{
    public static readonly DerivedFieldsInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refresh(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Refresh(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refresh(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries<Job>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.RefreshDerivedFields();
    }
}
