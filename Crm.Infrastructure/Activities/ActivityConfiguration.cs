using Crm.Domain.Activities;
using Crm.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Infrastructure.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Subject).HasMaxLength(200);
        
        builder.Property(a => a.Duration).HasConversion(new TimeSpanToTicksConverter());
        builder.OwnsOne(a => a.Related, related =>
        {
            related.Property(r => r.Kind).HasColumnName("RelatedKind");
            related.Property(r => r.Id).HasColumnName("RelatedId");
            related.HasIndex(r => r.Id);
        });

        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AccountId, a.OccurredAt });
        builder.HasIndex(a => new { a.LoggedById, a.OccurredAt });
    }
}
