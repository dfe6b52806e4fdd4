using Crm.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Organization;

internal sealed class OrganizationSettingsConfiguration : IEntityTypeConfiguration<OrganizationSettings>
{
    public void Configure(EntityTypeBuilder<OrganizationSettings> builder)
    {
        builder.ToTable("OrganizationSettings");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.BaseCurrency).HasMaxLength(3);
        builder.Property(o => o.DefaultTimeZone).HasMaxLength(64);
        builder.PrimitiveCollection(o => o.WorkingDays);
    }
}
