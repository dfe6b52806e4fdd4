using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Customers;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100).IsAudited();
        builder.Property(c => c.NameSortKey).HasMaxLength(NameSortKey.MaxLength);
        builder.Property(c => c.Title).HasMaxLength(100).IsAudited();
        builder.Property(c => c.Phone).HasMaxLength(40).IsAudited();
        builder.Property(c => c.Mobile).HasMaxLength(40).IsAudited();
        builder.Property(c => c.Email).HasMaxLength(254).IsAudited();
        builder.Property(c => c.WeChatId).HasMaxLength(60);
        builder.Property(c => c.EmailKey).HasMaxLength(254);
        builder.Property(c => c.PhoneKey).HasMaxLength(40);
        builder.Property(c => c.MobileKey).HasMaxLength(40);

        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.AccountId, c.NameSortKey });
        builder.HasIndex(c => c.NameSortKey);
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.Phone);
        builder.HasIndex(c => c.Mobile);
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.EmailKey);
        builder.HasIndex(c => c.PhoneKey);
        builder.HasIndex(c => c.MobileKey);
    }
}
