using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CareerCopilot.Web.Pages;

/// <summary>
/// A page's URL for any row's id, generated from the route once and completed per row. Lists draw a few links a row
/// for dozens or thousands of rows, and asking routing for each costs more than the rest of the row.
/// </summary>
public sealed class IdUrl
{
    // Routing formats the stand-in like any id, so the id takes its place; no other part of these URLs is a number this long.
    private static readonly string StandIn = int.MaxValue.ToString(CultureInfo.InvariantCulture);

    private readonly string before;
    private readonly string after;

    public IdUrl(IUrlHelper url, string page, string? handler = null, object? values = null)
    {
        var routeValues = new RouteValueDictionary { ["id"] = int.MaxValue };
        foreach (var (key, value) in new RouteValueDictionary(values)) routeValues[key] = value;
        var generated = url.Page(page, handler, routeValues)
                        ?? throw new InvalidOperationException($"No route to {page} {handler}");
        var at = generated.IndexOf(StandIn, StringComparison.Ordinal);
        before = generated[..at];
        after = generated[(at + StandIn.Length)..];
    }

    public string For(int id) => string.Concat(before, id.ToString(CultureInfo.InvariantCulture), after);
}
