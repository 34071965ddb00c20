namespace CareerCopilot.Web.Data;

/// <summary>A fact about the database itself, such as which skill catalogue its rows were canonicalised with.</summary>
public sealed class AppSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
