using Crm.Domain.Sla;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Sla;

internal sealed class BusinessCalendarConfiguration : IEntityTypeConfiguration<BusinessCalendar>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> builder)
    {
        builder.ToTable("SlaCalendars");
        builder.Property(c => c.Name).HasMaxLength(BusinessCalendar.MaxNameLength).IsAudited();
        builder.Property(c => c.TimeZoneId).HasMaxLength(64).IsAudited();
        builder.Property(c => c.IsDefault).IsAudited();
        builder.HasIndex(c => c.Name);

        // A calendar is always loaded whole: its arithmetic needs every shift and special day.
        builder.OwnsMany(c => c.Shifts, shift =>
        {
            shift.ToTable("SlaCalendarShifts");
            shift.WithOwner().HasForeignKey("CalendarId");
            shift.Property<Guid>("Id").ValueGeneratedOnAdd();
            shift.HasKey("Id");
            shift.Ignore(s => s.Minutes);
        });
        builder.Navigation(c => c.Shifts).HasField("_shifts");
        builder.OwnsMany(c => c.SpecialDays, day =>
        {
            day.ToTable("SlaCalendarDays");
            day.WithOwner().HasForeignKey("CalendarId");
            day.Property<Guid>("Id").ValueGeneratedOnAdd();
            day.HasKey("Id");
            day.Property(d => d.Name).HasMaxLength(SpecialDay.MaxNameLength);
        });
        builder.Navigation(c => c.SpecialDays).HasField("_specialDays");
    }
}

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.ToTable("SlaPolicies");
        builder.Ignore(p => p.Targets);
        builder.Property(p => p.FirstResponseMinutes).IsAudited();
        builder.Property(p => p.ResolutionMinutes).IsAudited();
        builder.Property(p => p.CalendarId).IsAudited();
        builder.Property(p => p.AtRiskPercent).IsAudited();
        builder.HasOne<BusinessCalendar>().WithMany().HasForeignKey(p => p.CalendarId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Priority, p.Tier });
    }
}
