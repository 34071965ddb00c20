using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Mail;

/// <summary>
/// Who may be mailed. Anyone can sign up with any address, so mail that leaves the machine (an SMTP server is set) goes
/// only to an address its owner has confirmed; mail kept on the machine (the mail folder) reaches nobody else, so it needs none.
/// </summary>
public static class MailRules
{
    public static bool MayMail(bool leavesMachine, bool addressConfirmed) => !leavesMachine || addressConfirmed;

    /// <summary>A confirmation mail is asked for only when mail leaves the machine and the address is not confirmed yet.</summary>
    public static bool NeedsConfirmation(bool leavesMachine, bool addressConfirmed) => !MayMail(leavesMachine, addressConfirmed);

    /// <summary>Throws the refusal (<c>email_unconfirmed</c>) when this mail may not go to this address.</summary>
    public static void EnsureMayMail(bool leavesMachine, bool addressConfirmed)
    {
        if (!MayMail(leavesMachine, addressConfirmed))
            throw new ConflictException("email_unconfirmed",
                "Confirm your email address first: use the link in the confirmation mail, or ask for a new one in your notification settings.");
    }
}
