using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareerCopilot.Web.Pages;

/// <summary>
/// A field the server refused is marked for the eye (Bootstrap's <c>is-invalid</c>) and for assistive technology
/// (<c>aria-invalid</c>, and <c>aria-describedby</c> naming its message, which <see cref="FieldMessageTagHelper"/> gives
/// an id). Every form gets this from its <c>asp-for</c> fields; none writes it by hand.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    [HtmlAttributeName(ForAttribute)] public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    // After the framework's own helpers, so the attributes they wrote are there to extend.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0) return;
        output.AddClass("is-invalid", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var message = FieldMessageTagHelper.IdFor(name);
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{message} {existing.Value}" : message;
        output.Attributes.SetAttribute("aria-describedby", describedBy);
    }
}
