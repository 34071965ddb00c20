namespace CareerCopilot.Web.Api;

/// <summary>A short list: <c>{ "items": [...] }</c>.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items);

/// <summary>A page of a list that can grow without bound: <c>{ "items", "page", "page_size", "total" }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
