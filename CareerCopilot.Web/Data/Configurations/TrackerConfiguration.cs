using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class ApplicationNoteConfiguration : IEntityTypeConfiguration<ApplicationNote>
{
    public void Configure(EntityTypeBuilder<ApplicationNote> note)
    {
        note.HasIndex(n => new { n.UserId, n.ApplicationId });
        note.HasOne<Application>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        note.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        note.Property(n => n.Text).HasMaxLength(ApplicationRules.MaxNotesLength);
    }
}

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> contact)
    {
        contact.HasIndex(c => new { c.UserId, c.Name });
        contact.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        contact.Property(c => c.Name).HasMaxLength(Limits.MaxNameLength);
        contact.Property(c => c.Role).HasMaxLength(Limits.MaxNameLength);
        contact.Property(c => c.Email).HasMaxLength(AccountRules.MaxEmailLength);
        contact.Property(c => c.Phone).HasMaxLength(ContactRules.MaxPhoneLength);
        contact.Property(c => c.Link).HasMaxLength(ContactRules.MaxLinkLength);
        contact.Property(c => c.Notes).HasMaxLength(ApplicationRules.MaxNotesLength);
    }
}

public sealed class JobContactConfiguration : IEntityTypeConfiguration<JobContact>
{
    public void Configure(EntityTypeBuilder<JobContact> link)
    {
        link.ToTable("JobContacts");
        link.HasKey(l => new { l.JobId, l.ContactId });
        link.HasIndex(l => new { l.UserId, l.ContactId });
        link.HasOne(l => l.Job).WithMany().HasForeignKey(l => l.JobId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.Contact).WithMany(c => c.Jobs).HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
