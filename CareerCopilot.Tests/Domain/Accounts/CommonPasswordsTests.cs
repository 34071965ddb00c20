using CareerCopilot.Web.Domain.Accounts;

namespace CareerCopilot.Tests.Domain.Accounts;

public sealed class CommonPasswordsTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("qwertyuiop123")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("ababababababab")]
    [InlineData("2026 jobsearch2026")]
    public void Common_passwords_are_refused(string password) => Assert.True(CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("correct violet stapler 42")]
    [InlineData("mountain-lantern-pickle")]
    public void Uncommon_passphrases_pass(string password) => Assert.False(CommonPasswords.IsCommon(password));
}
