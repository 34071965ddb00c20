using CareerCopilot.Web.Domain.Calendar;
using CareerCopilot.Web.Domain.Digests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCopilot.Web.Data.Configurations;

public sealed class DigestSendConfiguration : IEntityTypeConfiguration<DigestSend>
{
    public void Configure(EntityTypeBuilder<DigestSend> send)
    {
        send.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        // The claim: a second insert for the same user, kind and local date fails, so only one sender goes on.
        send.HasIndex(s => new { s.UserId, s.Kind, s.LocalDate }).IsUnique();
        send.HasIndex(s => new { s.Status, s.LocalDate });
        send.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        send.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        send.Property(s => s.Error).HasMaxLength(DigestSend.MaxErrorLength);
    }
}

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.HasKey(f => f.UserId);
        feed.HasOne<AppUser>().WithOne().HasForeignKey<CalendarFeed>(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        feed.HasIndex(f => f.SecretHash).IsUnique();
        feed.Property(f => f.SecretHash).HasMaxLength(64);
        feed.Property(f => f.SealedSecret).HasMaxLength(1000);
    }
}
