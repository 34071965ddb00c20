namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// How a board's record is written into a stored posting: a new posting takes it whole; a stored one takes each field
/// the record gives when the record's board ranks at least as high as the one that wrote the posting (the richer
/// record wins), and otherwise only fills what the posting lacks.
/// </summary>
public static class PostingMerge
{
    public static Posting Create(NormalisedPosting from, DateTime now)
    {
        var posting = new Posting { Board = from.Board, FirstSeenAt = now };
        Apply(posting, from, now, isNew: true);
        return posting;
    }

    public static void Apply(Posting posting, NormalisedPosting from, DateTime now, bool isNew = false)
    {
        var wins = isNew || BoardCatalogue.Of(from.Board).Priority >= BoardCatalogue.Of(posting.Board).Priority;
        if (wins) posting.Board = from.Board;
        T Pick<T>(T current, T incoming) => incoming is null || incoming is string { Length: 0 } ? current
            : wins || current is null || current is string { Length: 0 } ? incoming : current;

        posting.Title = Pick(posting.Title, from.Title);
        posting.Company = Pick(posting.Company, from.Company);
        posting.Location = Pick(posting.Location, from.Locations.Count == 0 ? null : string.Join("; ", from.Locations.Select(l => l.Raw)) is var l
            && l.Length > Common.Limits.MaxNameLength ? l[..Common.Limits.MaxNameLength] : l);
        if (from.Remote != Jobs.RemoteMode.Unknown && (wins || posting.Remote == Jobs.RemoteMode.Unknown)) posting.Remote = from.Remote;
        posting.EmploymentType = Pick(posting.EmploymentType, from.EmploymentType);
        if (from.Salary is { } pay && (wins || (posting.SalaryMin is null && posting.SalaryMax is null)))
        {
            posting.SalaryMin = (int?)pay.Min;
            posting.SalaryMax = (int?)pay.Max;
            posting.SalaryCurrency = pay.Currency;
            posting.SalaryPeriod = pay.Period;
            posting.SalaryEstimated = pay.IsEstimated;
        }
        posting.DescriptionHtml = Pick(posting.DescriptionHtml, from.DescriptionHtml);
        posting.DescriptionText = Pick(posting.DescriptionText, from.DescriptionText);
        posting.Url = Pick(posting.Url, from.Url);
        posting.ApplyUrl = Pick(posting.ApplyUrl, from.ApplyUrl);
        posting.PostedAt = Pick(posting.PostedAt, from.PostedAt);
        posting.ValidThrough = Pick(posting.ValidThrough, from.ValidThrough);
        posting.Tags = posting.Tags.Union(from.Tags, StringComparer.OrdinalIgnoreCase).Take(PostingRules.MaxTags).ToList();
        posting.Skills = posting.Skills.Union(from.Skills, StringComparer.OrdinalIgnoreCase).ToList();
        posting.CompanyKey = PostingKeys.Company(posting.Company);
        posting.TitleKey = PostingKeys.Title(posting.Title);
        posting.LocationKey = PostingKeys.Location(from.Locations, posting.Remote == Jobs.RemoteMode.Remote) is { Length: > 0 } place ? place : posting.LocationKey;
        posting.Fingerprint = PostingKeys.Fingerprint(posting.DescriptionText);
        posting.LastSeenAt = now;
    }

    /// <summary>The keys an incoming record would have as a posting of its own, for matching.</summary>
    public static IndexedPosting KeysOf(NormalisedPosting from) => new(0, PostingKeys.Company(from.Company), PostingKeys.Title(from.Title),
        PostingKeys.Location(from.Locations, from.Remote == Jobs.RemoteMode.Remote), PostingKeys.Fingerprint(from.DescriptionText));
}
