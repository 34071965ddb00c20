namespace CareerCopilot.Web.Domain.Common;

/// <summary>Lengths shared by several fields: the rules, the database columns and the forms' maxlength read them here.</summary>
public static class Limits
{
    /// <summary>A name: company, title, location, a person's name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Free text: a description, responsibilities, notes.</summary>
    public const int MaxTextLength = 20_000;
}
