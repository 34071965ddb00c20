using CareerCopilot.Web.Domain.Accounts;

namespace CareerCopilot.Tests.Domain.Accounts;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("ana@example.com", true)]
    [InlineData("ana.lopez+jobs@mail.example.co.uk", true)]
    [InlineData("ana@example", false)]
    [InlineData("@example.com", false)]
    [InlineData("ana@@example.com", false)]
    [InlineData("ana @example.com", false)]
    [InlineData("ana@example.com.", false)]
    [InlineData("ana@.com", false)]
    public void Email_addresses_need_one_at_and_a_dotted_domain(string address, bool valid) =>
        Assert.Equal(valid, AccountRules.IsEmail(address));
}
