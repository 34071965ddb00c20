namespace CareerCopilot.Web.Domain.Common;

/// <summary>A page of a list that can grow without bound.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The API's strict reading: out-of-range values are a 400, not silently changed.</summary>
    public static PageRequest Parse(int? page, int? pageSize)
    {
        var v = new Validation();
        var p = page ?? 1;
        var s = pageSize ?? DefaultSize;
        if (p < 1) v.Add("page", "page must be 1 or more.");
        if (s is < 1 or > MaxSize) v.Add("page_size", $"page_size must be between 1 and {MaxSize}.");
        v.ThrowIfInvalid();
        return new PageRequest(p, s);
    }

    /// <summary>The UI's forgiving reading: a hand-edited query string lands on the nearest valid page.</summary>
    public static PageRequest Clamp(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int TotalPages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
}
