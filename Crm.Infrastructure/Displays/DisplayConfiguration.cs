using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Displays;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Infrastructure.Displays;

internal sealed class DisplayConfiguration : IEntityTypeConfiguration<Display>
{
    public void Configure(EntityTypeBuilder<Display> builder)
    {
        builder.ToTable("Displays");
        builder.Ignore(d => d.IsLive);
        builder.Property(d => d.Name).HasMaxLength(Display.MaxNameLength).IsAudited();
        builder.Property(d => d.Language).HasMaxLength(10).IsAudited();
        builder.Property(d => d.Pages).HasConversion(new PagesConverter(), PagesConverter.Comparer).IsAudited();
        builder.Property(d => d.Rotation)
            .HasConversion(r => (int)r.TotalSeconds, s => TimeSpan.FromSeconds(s))
            .HasColumnName("RotationSeconds")
            .IsAudited();
        builder.Property(d => d.TokenHash).HasMaxLength(Display.TokenHashLength).IsFixedLength();
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.HasOne<Team>().WithMany().HasForeignKey(d => d.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SalesPipeline>().WithMany().HasForeignKey(d => d.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TicketQueue>().WithMany().HasForeignKey(d => d.QueueId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>A display's pages as one JSON text: panels by name, so a reordered enum reads the same.</summary>
    private sealed class PagesConverter() : ValueConverter<ImmutableArray<DisplayPage>, string>(
        pages => JsonSerializer.Serialize(pages, Json),
        json => JsonSerializer.Deserialize<ImmutableArray<DisplayPage>>(json, Json))
    {
        public static readonly ValueComparer<ImmutableArray<DisplayPage>> Comparer = new(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            pages => pages.Length,
            pages => pages);

        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter() },
        };
    }
}
