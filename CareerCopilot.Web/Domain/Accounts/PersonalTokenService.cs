using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Accounts;

/// <summary>A token just made: the row and the token itself, which exists only in this answer.</summary>
public sealed record NewPersonalToken(PersonalToken Row, string Token);

/// <summary>A user's personal API tokens: made, listed, revoked, and found by the token a request carries.</summary>
public sealed class PersonalTokenService(AppDbContext db, TimeProvider clock, IUserEvents events)
{
    public async Task<IReadOnlyList<PersonalToken>> ListAsync(int userId, CancellationToken ct) =>
        await db.PersonalTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(ct);

    public async Task<NewPersonalToken> CreateAsync(int userId, string? name, CancellationToken ct, TokenScope scope = TokenScope.Full)
    {
        var clean = TokenRules.Name(name);
        TokenRules.CheckRoom(await db.PersonalTokens.CountAsync(t => t.UserId == userId, ct));
        var token = TokenRules.NewToken(scope);
        var row = new PersonalToken
        {
            UserId = userId,
            Name = clean,
            Hash = TokenRules.Hash(token),
            Prefix = TokenRules.DisplayPrefix(token),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.PersonalTokens.Add(row);
        await db.SaveChangesAsync(ct);
        return new NewPersonalToken(row, token);
    }

    public async Task RevokeAsync(int userId, int id, CancellationToken ct)
    {
        var row = await db.PersonalTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct)
                  ?? throw new NotFoundException("Token");
        db.PersonalTokens.Remove(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new NotFoundException("Token"); // revoked by another request a moment earlier
        }
        events.EndStreams(userId);
    }

    /// <summary>
    /// The token a request carries, by its hash (the secret itself is never compared), or null when it is unknown or
    /// revoked. Marks it used, at most once per <see cref="TokenRules.TouchInterval"/>.
    /// </summary>
    public async Task<PersonalToken?> AuthenticateAsync(string token, CancellationToken ct)
    {
        if (!TokenRules.IsWellFormed(token)) return null;
        var hash = TokenRules.Hash(token);
        var row = await db.PersonalTokens.SingleOrDefaultAsync(t => t.Hash == hash, ct);
        if (row is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (TokenRules.IsDueForTouch(row.LastUsedAt, now))
        {
            row.LastUsedAt = now;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return null; // revoked while this request was being let in
            }
        }
        return row;
    }
}
