namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>How an incoming posting relates to the ones already stored.</summary>
public enum PostingMatchKind
{
    /// <summary>No stored posting is this job.</summary>
    New,

    /// <summary>The same board's record of a stored posting (seen before, by its id there).</summary>
    Known,

    /// <summary>Another board's record of a stored posting: the same link, company-title-place, or a near-identical text from the same company.</summary>
    Duplicate,

    /// <summary>Perhaps a copy of a stored posting (an agency's, a near text under another name): stored apart, linked to it.</summary>
    PossibleDuplicate,
}

public readonly record struct PostingMatch(PostingMatchKind Kind, IndexedPosting? Posting);

/// <summary>
/// The keys of one stored posting, as the index keeps them; while a posting is being written (new, no id yet) it
/// carries the entity, whose id the save fills in.
/// </summary>
public sealed class IndexedPosting(int id, string companyKey, string titleKey, string locationKey, long fingerprint)
{
    private int id = id;

    public int Id => Entity?.Id ?? id;
    public string CompanyKey { get; } = companyKey;
    public string TitleKey { get; } = titleKey;
    public string LocationKey { get; } = locationKey;
    public long Fingerprint { get; } = fingerprint;
    public Posting? Entity { get; set; }

    /// <summary>After the save: the id is kept, the entity let go (the next batch loads what it changes).</summary>
    public void Saved()
    {
        id = Id;
        Entity = null;
    }

    public static IndexedPosting Of(Posting p) => new(p.Id, p.CompanyKey, p.TitleKey, p.LocationKey, p.Fingerprint) { Entity = p };
}

/// <summary>
/// The stored postings' keys in memory for one run, so each incoming posting is matched without a query: by its board
/// and id, by any of its links, by company + title + place, and by description fingerprint. Fingerprints are found by
/// four 16-bit bands: two texts within three bits of each other share at least one band exactly, so every same text is
/// found; a reworded copy (four to six bits) is found when it shares a band, as most do.
/// </summary>
public sealed class PostingIndex
{
    /// <summary>Bits within which two descriptions count as the same text (a repost with a changed line or two).</summary>
    public const int SameText = 3;

    /// <summary>Bits within which two descriptions may be the same text reworded (an agency's copy): linked, not merged.</summary>
    public const int NearText = 6;

    private readonly Dictionary<(BoardType, string), IndexedPosting> byBoardId = [];
    private readonly Dictionary<string, IndexedPosting> byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<IndexedPosting>> byCompanyTitle = [];
    private readonly Dictionary<(int Band, ushort Value), List<IndexedPosting>> byBand = [];

    public void AddPosting(IndexedPosting posting)
    {
        if (posting.CompanyKey.Length > 0 && posting.TitleKey.Length > 0)
            ListFor(byCompanyTitle, (posting.CompanyKey, posting.TitleKey)).Add(posting);
        if (posting.Fingerprint != 0)
            for (var band = 0; band < 4; band++) ListFor(byBand, (band, Band(posting.Fingerprint, band))).Add(posting);
    }

    public void AddLink(BoardType board, string externalId, string? urlKey, IndexedPosting posting)
    {
        byBoardId[(board, externalId)] = posting;
        if (urlKey is not null) byUrl.TryAdd(urlKey, posting);
    }



    /// <summary>What a completed posting is, given its keys: see <see cref="PostingMatchKind"/> for the order of the tests.</summary>
    public PostingMatch Match(NormalisedPosting posting, IndexedPosting keys)
    {
        if (byBoardId.TryGetValue((posting.Board, posting.ExternalId), out var known)) return new(PostingMatchKind.Known, known);
        foreach (var url in new[] { posting.Url, posting.ApplyUrl })
            if (PostingKeys.Url(url) is { } key && byUrl.TryGetValue(key, out var linked)) return new(PostingMatchKind.Duplicate, linked);
        IndexedPosting? maybe = null;
        if (byCompanyTitle.TryGetValue((keys.CompanyKey, keys.TitleKey), out var namesakes))
            foreach (var other in namesakes)
            {
                if (other.LocationKey == keys.LocationKey || other.LocationKey.Length == 0 || keys.LocationKey.Length == 0)
                    return new(PostingMatchKind.Duplicate, other);
                // The same role in another city is usually a separate opening; one with the same text is a copy.
                if (keys.Fingerprint != 0 && PostingKeys.Distance(other.Fingerprint, keys.Fingerprint) <= SameText) maybe ??= other;
            }
        if (keys.Fingerprint != 0 && maybe is null)
        {
            var best = NearestText(keys.Fingerprint);
            if (best is { } near)
            {
                var (other, distance) = near;
                var sameCompany = other.CompanyKey == keys.CompanyKey;
                if (distance <= SameText && sameCompany) return new(PostingMatchKind.Duplicate, other);
                maybe = other;
            }
        }
        return maybe is null ? new(PostingMatchKind.New, null) : new(PostingMatchKind.PossibleDuplicate, maybe);
    }

    private (IndexedPosting Posting, int Distance)? NearestText(long fingerprint)
    {
        (IndexedPosting, int)? best = null;
        for (var band = 0; band < 4; band++)
        {
            if (!byBand.TryGetValue((band, Band(fingerprint, band)), out var candidates)) continue;
            foreach (var other in candidates)
            {
                var distance = PostingKeys.Distance(other.Fingerprint, fingerprint);
                if (distance <= NearText && (best is null || distance < best.Value.Item2)) best = (other, distance);
            }
        }
        return best;
    }

    private static ushort Band(long fingerprint, int band) => (ushort)((ulong)fingerprint >> (band * 16));

    private static List<T> ListFor<TKey, T>(Dictionary<TKey, List<T>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
