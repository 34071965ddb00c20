using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Contacts;

namespace CareerCopilot.Tests.Domain.Contacts;

public sealed class ContactRulesTests
{
    private static readonly HashSet<int> OwnJobs = [1, 2];

    [Fact]
    public void A_new_contact_needs_a_name_and_gets_its_fields_cleaned()
    {
        var contact = new Contact();
        var jobs = ContactRules.Apply(contact, new ContactFields { Name = " Sam Lee ", Email = "sam@example.test", Phone = "+49 (30) 123-4567", JobIds = [2, 2, 1] },
            isNew: true, OwnJobs);
        Assert.Equal(("Sam Lee", "sam@example.test", "+49 (30) 123-4567"), (contact.Name, contact.Email, contact.Phone));
        Assert.Equal([2, 1], jobs);

        var e = Assert.Throws<ValidationFailedException>(() => ContactRules.Apply(new Contact(), new ContactFields { Role = "Recruiter" }, isNew: true, OwnJobs));
        Assert.Equal(["name"], e.Errors.Keys);
    }

    [Theory]
    [InlineData("+1 555 010 9999", true)]
    [InlineData("030/1234567", true)]
    [InlineData("(030) 12.34.56", true)]
    [InlineData("12", false)]
    [InlineData("call me", false)]
    [InlineData("+49 30 1234567 ext", false)]
    [InlineData("++49 30 1234567", false)]
    public void A_phone_is_digits_with_the_usual_separators(string phone, bool valid)
    {
        var v = new Validation();
        ContactRules.Phone(v, "phone", phone);
        Assert.Equal(valid, v.IsValid);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_jobs_not_the_users_are_unknown()
    {
        var e = Assert.Throws<ValidationFailedException>(() => ContactRules.Apply(new Contact(),
            new ContactFields { Name = "", Email = "sam@", Phone = "x", Link = "ftp://example.test", JobIds = [1, 3] }, isNew: true, OwnJobs));
        Assert.Equal(["email", "job_ids", "link", "name", "phone"], e.Errors.Keys.Order());
        Assert.Equal(["There is no job 3."], e.Errors["job_ids"]);
    }

    [Fact]
    public void An_update_changes_only_what_it_sent_and_leaves_the_links_alone_unless_sent()
    {
        var contact = new Contact { Name = "Sam Lee", Role = "Recruiter", Email = "sam@example.test" };
        var jobs = ContactRules.Apply(contact, new ContactFields { Role = " ", Present = PartialUpdate.Sent(nameof(ContactFields.Role)) }, isNew: false, OwnJobs);
        Assert.Equal(("Sam Lee", null, "sam@example.test"), (contact.Name, contact.Role, contact.Email));
        Assert.Null(jobs);
        Assert.Equal([], ContactRules.Apply(contact, new ContactFields { JobIds = null, Present = PartialUpdate.Sent(nameof(ContactFields.JobIds)) }, isNew: false, OwnJobs));
    }
}
