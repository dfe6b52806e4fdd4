using Crm.Domain.Currencies;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Infrastructure.Currencies;

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    // Rates have at most 8 decimals (the domain checks), so hundred-millionths hold them exactly
    // as an integer on every provider.
    private static readonly ValueConverter<decimal, long> HundredMillionths =
        new(v => (long)(v * 100_000_000m), v => v / 100_000_000m);

    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.BaseCurrency).HasMaxLength(3);
        builder.Property(r => r.Rate).HasConversion(HundredMillionths).HasColumnName("RateE8").IsAudited();
        builder.HasIndex(r => new { r.BaseCurrency, r.Currency, r.EffectiveDate }).IsUnique();
    }
}
