using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>What the fan-out needs of a stored posting.</summary>
public sealed record PostingCandidate(int Id, string Title, string Company, string? Location, RemoteMode Remote, IReadOnlyList<string> Skills,
    string? Url, DateTime? PostedAt);

/// <summary>
/// Which postings a subscriber is given: those that fit where they want to work (a preferred place, or remote when
/// they take remote) and what they do (a skill they have, or a word of their skills or their search in the title); the
/// best fits first, at most <see cref="MaxPerSource"/> from one source a run, so a broad search does not bury the list.
/// A user who has said nothing of places or skills yet is given what their source finds.
/// </summary>
public static class FanOutRules
{
    public const int MaxPerSource = 200;

    public static bool FitsPlace(PostingCandidate posting, MatchProfile profile)
    {
        if (profile.Locations.Count == 0) return true;
        if (posting.Remote == RemoteMode.Remote) return profile.AcceptsRemote;
        if (string.IsNullOrWhiteSpace(posting.Location)) return profile.AcceptsRemote || posting.Remote == RemoteMode.Unknown;
        return posting.Location.Split(';').Any(profile.PrefersLocation)
            || profile.Locations.Any(l => !l.Equals(MatchProfile.Remote, StringComparison.OrdinalIgnoreCase)
                && posting.Location.Contains(l, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>How well a posting fits what the user does: skills in common, plus one for a title word; 0 is no fit.</summary>
    public static int Fit(PostingCandidate posting, MatchProfile profile, IReadOnlyCollection<string> searchWords)
    {
        if (profile.Skills.Count == 0 && searchWords.Count == 0) return 1;
        var shared = posting.Skills.Count(profile.Has);
        var titleWords = Words(posting.Title);
        var inTitle = searchWords.Any(titleWords.Contains) || profile.Skills.Any(s => titleWords.Contains(s.ToLowerInvariant()));
        return shared + (inTitle ? 1 : 0);
    }

    /// <summary>The postings to give, best first: fitting both ways, by fit and then newest.</summary>
    public static IReadOnlyList<PostingCandidate> Choose(IEnumerable<PostingCandidate> candidates, MatchProfile profile, string? search)
    {
        var searchWords = Words(search).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        return candidates.Where(p => FitsPlace(p, profile))
            .Select(p => (Posting: p, Fit: Fit(p, profile, searchWords))).Where(p => p.Fit > 0)
            .OrderByDescending(p => p.Fit).ThenByDescending(p => p.Posting.PostedAt).ThenBy(p => p.Posting.Id)
            .Take(MaxPerSource).Select(p => p.Posting).ToList();
    }

    private static HashSet<string> Words(string? text) =>
        (text ?? "").ToLowerInvariant().Split([' ', ',', '/', '(', ')', '-', '|', ':', ';', '.'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
}
