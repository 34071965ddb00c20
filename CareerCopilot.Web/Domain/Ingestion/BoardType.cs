namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>The job boards postings come from; <see cref="BoardCatalogue"/> says what each one is called and needs.</summary>
public enum BoardType
{
    Greenhouse, Lever, LeverEu, Ashby, SmartRecruiters, Workable, Recruitee, Personio,
    Remotive, Arbeitnow, TheMuse, RemoteOk, Himalayas, HackerNews, Adzuna, UsaJobs, Jooble,
}

/// <summary>How a board is addressed: by a company's own name on it, or by a search over everyone's postings.</summary>
public enum BoardKind
{
    /// <summary>An applicant tracking system: one company's board, named by its key (board token, site, account).</summary>
    Company,

    /// <summary>An aggregator: no key, an optional query and location.</summary>
    Aggregator,
}
