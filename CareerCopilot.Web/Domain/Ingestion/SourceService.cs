using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>What a source's jobs became: how many it brought, how many the user applied to, how many reached an interview.</summary>
public sealed record SourceQuality(int Jobs, int Applied, int Interviews)
{
    public static readonly SourceQuality None = new(0, 0, 0);
}

/// <summary>A user's subscriptions to job boards. Every query is filtered by the user id.</summary>
public sealed class SourceService(AppDbContext db, IBoardAvailability boards, TimeProvider clock)
{
    /// <summary>The statuses that mean an application got as far as an interview.</summary>
    private static readonly ApplicationStatus[] InterviewOrLater = [ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Accepted];

    /// <summary>The user's sources in the order they were added, each with its last run.</summary>
    public async Task<IReadOnlyList<Source>> ListAsync(int userId, CancellationToken ct) =>
        await db.Sources.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id).ToListAsync(ct);

    public async Task<Source> GetAsync(int userId, int id, CancellationToken ct) =>
        await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct)
        ?? throw new NotFoundException("Source");

    public async Task<Source> CreateAsync(int userId, SourceFields fields, CancellationToken ct)
    {
        var source = new Source { UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        SourceRules.Apply(source, fields, isNew: true);
        if (await db.Sources.CountAsync(s => s.UserId == userId, ct) >= SourceRules.MaxSourcesPerUser)
            throw ValidationFailedException.For(nameof(fields.Type),
                $"You follow {SourceRules.MaxSourcesPerUser} sources, the most there can be: remove one before adding another.");
        CheckAvailable(source);
        await RefuseDuplicateAsync(source, ct);
        db.Sources.Add(source);
        await SaveAsync(source, ct);
        return source;
    }

    public async Task<Source> UpdateAsync(int userId, int id, SourceFields fields, CancellationToken ct)
    {
        var source = await LoadAsync(userId, id, ct);
        var type = source.Type;
        SourceRules.Apply(source, fields, isNew: false);
        // A source made before the operator took a key away may still be switched off or on; a new board must be readable.
        if (source.Type != type) CheckAvailable(source);
        await RefuseDuplicateAsync(source, ct);
        await SaveAsync(source, ct);
        return source;
    }

    public async Task DeleteAsync(int userId, int id, CancellationToken ct)
    {
        var source = await LoadAsync(userId, id, ct);
        db.Sources.Remove(source);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new NotFoundException("Source"); // deleted by another request a moment earlier
        }
    }

    /// <summary>Each of the user's sources by id, with what its jobs became; a source that brought nothing counts zeros.</summary>
    public async Task<IReadOnlyDictionary<int, SourceQuality>> QualityAsync(int userId, CancellationToken ct)
    {
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.UserId == userId && j.SourceId != null)
            .Select(j => new
            {
                SourceId = j.SourceId!.Value,
                Applied = j.Application != null,
                Interviewed = j.Application != null && j.Application.Events.Any(e => InterviewOrLater.Contains(e.Status)),
            })
            .ToListAsync(ct);
        var quality = jobs.GroupBy(j => j.SourceId)
            .ToDictionary(g => g.Key, g => new SourceQuality(g.Count(), g.Count(j => j.Applied), g.Count(j => j.Interviewed)));
        foreach (var id in await db.Sources.Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(ct))
            quality.TryAdd(id, SourceQuality.None);
        return quality;
    }

    private void CheckAvailable(Source source)
    {
        if (boards.IsAvailable(source.Type)) return;
        var board = BoardCatalogue.Of(source.Type);
        throw ValidationFailedException.For(nameof(SourceFields.Type),
            $"{board.DisplayName} needs the operator's API key, and this server has none (Sources:{board.ConfigName}:ApiKey).");
    }

    private async Task RefuseDuplicateAsync(Source source, CancellationToken ct)
    {
        if (await db.Sources.AnyAsync(s => s.UserId == source.UserId && s.Id != source.Id && s.Type == source.Type && s.Key == source.Key
                                           && s.Query == source.Query && s.Location == source.Location, ct))
            throw Duplicate(source);
    }

    private async Task SaveAsync(Source source, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another request saved the same subscription a moment earlier; the unique index kept the first.
            db.ChangeTracker.Clear();
            if (await db.Sources.AnyAsync(s => s.UserId == source.UserId && s.Id != source.Id && s.Type == source.Type && s.Key == source.Key
                                               && s.Query == source.Query && s.Location == source.Location, ct))
                throw Duplicate(source);
            throw;
        }
    }

    private static ConflictException Duplicate(Source source)
    {
        var board = BoardCatalogue.Of(source.Type);
        return new ConflictException("duplicate", board.NeedsKey
            ? $"You already follow {source.Key} on {board.DisplayName}."
            : $"You already follow this search on {board.DisplayName}.");
    }

    private async Task<Source> LoadAsync(int userId, int id, CancellationToken ct) =>
        await db.Sources.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct) ?? throw new NotFoundException("Source");
}
