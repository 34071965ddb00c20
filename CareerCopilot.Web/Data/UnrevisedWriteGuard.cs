using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerCopilot.Web.Data;

/// <summary>
/// Refuses, loudly, a command that writes users' rows without moving their revisions: an ExecuteUpdate, ExecuteDelete
/// or raw SQL on their tables outside <see cref="UserRevisions.BulkWriteAsync"/>. Saves and migrations pass (a save
/// moves the revisions itself; a migration runs before anything is cached), and so do queries. A command sent on the
/// connection directly, past EF, is not seen.
/// </summary>
internal sealed partial class UnrevisedWriteGuard : DbCommandInterceptor
{
    public static readonly UnrevisedWriteGuard Instance = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    // Raw SQL can write through a query too (FromSql with RETURNING, a scalar after an UPDATE).
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource is CommandSource.SaveChanges or CommandSource.Migrations or CommandSource.LinqQuery) return;
        if (eventData.Context is not AppDbContext db || db.RevisionState.BulkWritesSanctioned) return;
        foreach (Match write in Write().Matches(command.CommandText))
        {
            var table = write.Groups["table"].Value;
            if (!OwnedTables(db).Contains(table)) continue;
            throw new InvalidOperationException(
                $"A bulk write to \"{table}\" ({eventData.CommandSource}) would leave its users' revisions, and every score cached "
                + "by them, behind. Run it inside AppDbContext.BulkWriteAsync(userIds, ...), which moves their revisions in the same "
                + "transaction, or write through the change tracker and SaveChanges.");
        }
    }

    private static HashSet<string> OwnedTables(AppDbContext db) =>
        db.Model.GetEntityTypes().Where(t => UserRevisions.IsUserOwned(t.ClrType))
            .Select(t => t.GetTableName()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("""(?:\bINSERT(?:\s+OR\s+\w+)?\s+INTO|\bREPLACE\s+INTO|\bUPDATE(?:\s+OR\s+\w+)?|\bDELETE\s+FROM)\s+["`\[]?(?<table>\w+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Write();
}
