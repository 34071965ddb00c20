namespace CareerCopilot.Web.Domain.Accounts;

/// <summary>What an account's email and password must be; the forms, Identity and the API read them here.</summary>
public static class AccountRules
{
    /// <summary>ASVS 6.2.1: at least 12 characters, and no composition rules (6.2.5).</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Long enough for any passphrase, short enough that hashing it costs nothing extra.</summary>
    public const int MaxPasswordLength = 256;

    public const int MaxEmailLength = 254;

    /// <summary>One @ with something before it and a dotted domain after it; no spaces or control characters.</summary>
    public static bool IsEmail(string address)
    {
        var at = address.IndexOf('@');
        return at > 0 && at == address.LastIndexOf('@') && address.IndexOf('.', at) > at + 1 && !address.EndsWith('.')
               && !address.Any(char.IsWhiteSpace) && !address.Any(char.IsControl);
    }
}
