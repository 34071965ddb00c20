using CareerCopilot.Web.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerCopilot.Web.Pages;

public static class ModelStateExtensions
{
    /// <summary>Puts a rule's field errors beside the form's fields: <c>tech_stack</c> is <c>Input.TechStack</c>.</summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, ValidationFailedException e, string prefix = "Input")
    {
        foreach (var (field, messages) in e.Errors)
        foreach (var message in messages)
            modelState.AddModelError($"{prefix}.{Pascal(field)}", message);
    }

    /// <summary>A refusal shown on the form: field errors beside their fields, a clash with the current state above them.</summary>
    public static void AddRefusal(this ModelStateDictionary modelState, DomainException refusal)
    {
        if (refusal is ValidationFailedException invalid) modelState.AddDomainErrors(invalid);
        else modelState.AddModelError(string.Empty, refusal.Message);
    }

    private static string Pascal(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
