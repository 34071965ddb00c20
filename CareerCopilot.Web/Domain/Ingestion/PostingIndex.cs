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
/// and id, by any of its links, by company + title + place, and by description fingerprint. Fingerprints are compared
/// with the company's other postings, those of the same title, and any sharing one of four 16-bit bands (two texts
/// within three bits of each other always share one), so a copy under another name and title is found when close.
/// </summary>
public sealed class PostingIndex
{
    /// <summary>
    /// Bits within which two descriptions count as the same text: a repost with a changed line or two differs by 3 to
    /// 10 of 64 bits over a description of 150 words, where unrelated texts differ by 20 and more (docs/architecture.md).
    /// </summary>
    public const int SameText = 10;

    /// <summary>Bits within which two descriptions may be the same text reworded (an agency's copy): linked, not merged.</summary>
    public const int NearText = 14;

    private readonly Dictionary<(BoardType, string), IndexedPosting> byBoardId = [];
    private readonly Dictionary<string, IndexedPosting> byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<IndexedPosting>> byCompanyTitle = [];
    private readonly Dictionary<(int Band, ushort Value), List<IndexedPosting>> byBand = [];
    private readonly Dictionary<string, List<IndexedPosting>> byCompany = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedPosting>> byTitle = new(StringComparer.Ordinal);

    public void AddPosting(IndexedPosting posting)
    {
        if (posting.CompanyKey.Length > 0 && posting.TitleKey.Length > 0)
            ListFor(byCompanyTitle, (posting.CompanyKey, posting.TitleKey)).Add(posting);
        if (posting.CompanyKey.Length > 0) ListFor(byCompany, posting.CompanyKey).Add(posting);
        if (posting.TitleKey.Length > 0) ListFor(byTitle, posting.TitleKey).Add(posting);
        if (posting.Fingerprint != 0)
            for (var band = 0; band < 4; band++) ListFor(byBand, (band, Band(posting.Fingerprint, band))).Add(posting);
    }

    public void AddLink(BoardType board, string externalId, string? urlKey, IndexedPosting posting)
    {
        byBoardId[(board, externalId)] = posting;
        if (urlKey is not null) AddUrl(urlKey, posting);
    }

    /// <summary>Another address of the posting (where to apply), that another board's record may give as its own link.</summary>
    public void AddUrl(string urlKey, IndexedPosting posting) => byUrl.TryAdd(urlKey, posting);



    /// <summary>What a completed posting is, given its keys: see <see cref="PostingMatchKind"/> for the order of the tests.</summary>
    public PostingMatch Match(NormalisedPosting posting, IndexedPosting keys)
    {
        if (byBoardId.TryGetValue((posting.Board, posting.ExternalId), out var known)) return new(PostingMatchKind.Known, known);
        foreach (var key in new[] { PostingKeys.Url(posting.Url), PostingKeys.JobUrl(posting.ApplyUrl) })
            if (key is not null && byUrl.TryGetValue(key, out var linked)) return new(PostingMatchKind.Duplicate, linked);
        if (byCompanyTitle.TryGetValue((keys.CompanyKey, keys.TitleKey), out var namesakes))
            foreach (var other in namesakes)
                if (other.LocationKey == keys.LocationKey || other.LocationKey.Length == 0 || keys.LocationKey.Length == 0)
                    return new(PostingMatchKind.Duplicate, other);
        if (keys.Fingerprint == 0 || NearestText(keys) is not { } near) return new(PostingMatchKind.New, null);
        var (nearest, distance) = near;
        // A repost: the company's own text again, under a new title or in the same place. The same text for another
        // city, or under another name (an agency's copy), may be the same job or may not: linked for a person to judge.
        var repost = distance <= SameText && nearest.CompanyKey == keys.CompanyKey
            && (nearest.TitleKey == keys.TitleKey) != (nearest.LocationKey == keys.LocationKey);
        return new(repost ? PostingMatchKind.Duplicate : PostingMatchKind.PossibleDuplicate, nearest);
    }

    /// <summary>
    /// The stored posting with the closest description within <see cref="NearText"/>: among the company's postings, those
    /// of the same title, and any whose fingerprint shares a band with this one.
    /// </summary>
    private (IndexedPosting Posting, int Distance)? NearestText(IndexedPosting keys)
    {
        (IndexedPosting, int)? best = null;
        void Consider(IEnumerable<IndexedPosting> candidates)
        {
            foreach (var other in candidates)
            {
                if (other.Fingerprint == 0) continue;
                var distance = PostingKeys.Distance(other.Fingerprint, keys.Fingerprint);
                if (distance <= NearText && (best is null || distance < best.Value.Item2)) best = (other, distance);
            }
        }
        if (keys.CompanyKey.Length > 0 && byCompany.TryGetValue(keys.CompanyKey, out var company)) Consider(company);
        if (keys.TitleKey.Length > 0 && byTitle.TryGetValue(keys.TitleKey, out var title)) Consider(title);
        for (var band = 0; band < 4; band++)
            if (byBand.TryGetValue((band, Band(keys.Fingerprint, band)), out var banded)) Consider(banded);
        return best;
    }

    private static ushort Band(long fingerprint, int band) => (ushort)((ulong)fingerprint >> (band * 16));

    private static List<T> ListFor<TKey, T>(Dictionary<TKey, List<T>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
