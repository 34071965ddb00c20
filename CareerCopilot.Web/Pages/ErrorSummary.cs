using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerCopilot.Web.Pages;

/// <summary>
/// What stopped a form, for the summary at its top (<c>Shared/_ErrorSummary</c>): the general errors, then each field's
/// in the order the form shows its fields (the input model's), not the order the errors were found in.
/// </summary>
public sealed record ErrorSummary(ModelStateDictionary State, ModelMetadata Input, string Prefix = "Input")
{
    public IReadOnlyList<string> General => State[string.Empty]?.Errors.Select(e => e.ErrorMessage).ToList() ?? [];

    public IReadOnlyList<(string Key, string Message)> Fields
    {
        get
        {
            var order = Input.Properties.Select((p, i) => (Key: $"{Prefix}.{p.PropertyName}", i)).ToDictionary(p => p.Key, p => p.i);
            return State
                .Where(e => e.Key.Length > 0 && e.Value is { Errors.Count: > 0 })
                .OrderBy(e => order.GetValueOrDefault(e.Key, int.MaxValue)).ThenBy(e => e.Key, StringComparer.Ordinal)
                .SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage)))
                .ToList();
        }
    }
}
