namespace CareerCopilot.Web.Domain.Accounts;

/// <summary>
/// Passwords too common to protect anything (ASVS 6.2.4). Besides the listed ones, a password made of a listed
/// word with digits or a year around it, or of one repeated character, counts as common too.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (lower.Length == 0 || lower.Distinct().Count() <= 2) return true;
        if (List.Value.Contains(lower)) return true;
        var core = lower.Trim("0123456789!@#$%^&*?._- ".ToCharArray());
        return core.Length > 0 && (List.Value.Contains(core) || core.Distinct().Count() <= 2);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(
            "CareerCopilot.Web.Domain.Accounts.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
    }
}
