using Crm.Domain.Products;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Products;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Product.MaxNameLength).IsAudited();
        builder.Property(p => p.Code).HasMaxLength(Product.MaxCodeLength).IsAudited();
        builder.Property(p => p.ListPriceMinorUnits).IsAudited();
        builder.Property(p => p.Currency).HasMaxLength(3).IsAudited();
        builder.Property(p => p.IsActive).IsAudited();
        builder.Ignore(p => p.ListPrice);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.Name);
    }
}
