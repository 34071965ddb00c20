using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Mail;

namespace CareerCopilot.Tests.Domain.Mail;

public sealed class MailRulesTests
{
    [Theory]
    [InlineData(false, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    public void Mail_that_leaves_the_machine_goes_only_to_a_confirmed_address(bool leavesMachine, bool confirmed, bool mayMail)
    {
        Assert.Equal(mayMail, MailRules.MayMail(leavesMachine, confirmed));
        Assert.Equal(!mayMail, MailRules.NeedsConfirmation(leavesMachine, confirmed));
    }

    [Fact]
    public void An_unconfirmed_address_is_refused_as_email_unconfirmed_when_mail_leaves_the_machine()
    {
        var refused = Assert.Throws<ConflictException>(() => MailRules.EnsureMayMail(leavesMachine: true, addressConfirmed: false));

        Assert.Equal("email_unconfirmed", refused.Code);
        MailRules.EnsureMayMail(leavesMachine: false, addressConfirmed: false);
    }
}
