using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Contacts;

/// <summary>The writable fields of a contact as a client sent them; <see cref="JobIds"/> replaces the jobs it is on.</summary>
public sealed record ContactFields : PartialUpdate
{
    public string? Name { get; init; }
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Link { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<int>? JobIds { get; init; }
}

/// <summary>What a contact's fields may hold: validates a change and copies it onto the contact, with no database in sight.</summary>
public static class ContactRules
{
    public const int MaxPhoneLength = 40;
    public const int MaxLinkLength = 2000;

    /// <summary>
    /// Validates the fields sent (all of them for a new contact, whose name is required) and copies them. The job ids
    /// are checked against <paramref name="ownJobIds"/>, the user's jobs among those sent; returns the ids to link, or
    /// null when the links are left alone.
    /// </summary>
    public static IReadOnlyList<int>? Apply(Contact contact, ContactFields f, bool isNew, IReadOnlySet<int> ownJobIds)
    {
        if (isNew) f = f with { Present = null };
        var v = new Validation();
        if (f.Has(nameof(f.Name))) contact.Name = v.Required(nameof(f.Name), "Name", f.Name, Limits.MaxNameLength);
        if (f.Has(nameof(f.Role))) contact.Role = v.Optional(nameof(f.Role), "Role", f.Role, Limits.MaxNameLength);
        if (f.Has(nameof(f.Email))) contact.Email = Email(v, nameof(f.Email), f.Email);
        if (f.Has(nameof(f.Phone))) contact.Phone = Phone(v, nameof(f.Phone), f.Phone);
        if (f.Has(nameof(f.Link))) contact.Link = v.OptionalUrl(nameof(f.Link), "Link", f.Link);
        if (f.Has(nameof(f.Notes))) contact.Notes = v.Optional(nameof(f.Notes), "Notes", f.Notes, ApplicationRules.MaxNotesLength);
        IReadOnlyList<int>? jobIds = null;
        if (f.Has(nameof(f.JobIds)))
        {
            jobIds = (f.JobIds ?? []).Distinct().ToList();
            foreach (var id in jobIds.Where(id => !ownJobIds.Contains(id)))
                v.Add(nameof(f.JobIds), $"There is no job {id}.");
        }
        v.ThrowIfInvalid();
        return jobIds;
    }

    private static string? Email(Validation v, string field, string? value)
    {
        var email = v.Optional(field, "Email", value, AccountRules.MaxEmailLength);
        if (email is not null && !AccountRules.IsEmail(email)) v.Add(field, "Email must be an address such as name@example.com.");
        return email;
    }

    /// <summary>A phone number as people write it: digits with spaces, dashes, dots, brackets and a leading plus.</summary>
    public static string? Phone(Validation v, string field, string? value)
    {
        var phone = v.Optional(field, "Phone", value, MaxPhoneLength);
        if (phone is null) return null;
        var body = phone.StartsWith('+') ? phone[1..] : phone;
        if (body.Count(char.IsAsciiDigit) < 3 || !body.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '/'))
            v.Add(field, "Phone must be a number such as +49 30 1234567.");
        return phone;
    }
}
