using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Customers;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200).IsAudited();
        builder.Property(a => a.NameSortKey).HasMaxLength(NameSortKey.MaxLength);
        builder.Property(a => a.Kind).IsAudited();
        builder.Property(a => a.Industry).IsAudited();
        builder.Property(a => a.Tier).IsAudited();
        builder.Property(a => a.Region).HasMaxLength(100).IsAudited();
        builder.Property(a => a.Phone).HasMaxLength(40).IsAudited();
        builder.Property(a => a.Email).HasMaxLength(254).IsAudited();
        builder.Property(a => a.Website).HasMaxLength(200);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.Address).HasMaxLength(300);
        builder.Property(a => a.OwnerId).IsAudited();
        builder.Property(a => a.ParentAccountId).IsAudited();
        builder.PrimitiveCollection(a => a.Tags).HasMaxLength(1000);
        builder.Property(a => a.CompanyKey).HasMaxLength(200);
        builder.Property(a => a.PhoneKey).HasMaxLength(40);
        builder.Property(a => a.EmailKey).HasMaxLength(254);

        builder.HasIndex(a => a.NameSortKey);
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => new { a.OwnerId, a.NameSortKey });
        builder.HasIndex(a => a.Phone);
        builder.HasIndex(a => a.Email);
        builder.HasIndex(a => a.ParentAccountId);
        builder.HasIndex(a => a.CompanyKey);
        builder.HasIndex(a => a.PhoneKey);
        builder.HasIndex(a => a.EmailKey);
    }
}
