using Crm.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Pipeline.Board;

internal sealed class BoardPreferenceConfiguration : IEntityTypeConfiguration<BoardPreference>
{
    public void Configure(EntityTypeBuilder<BoardPreference> builder)
    {
        builder.ToTable("BoardPreferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.ListColumns)
            .HasMaxLength(BoardPreference.MaxColumns * (BoardPreference.MaxKeyLength + 1));
        builder.Ignore(p => p.ListColumnKeys);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
