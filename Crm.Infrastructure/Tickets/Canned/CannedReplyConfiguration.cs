using Crm.Domain.Teams;
using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Tickets.Canned;

internal sealed class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> builder)
    {
        builder.ToTable("CannedReplies");
        builder.Property(r => r.Title).HasMaxLength(CannedReply.MaxTitleLength).IsAudited();
        builder.Property(r => r.Body).HasMaxLength(CannedReply.MaxBodyLength).IsAudited();
        builder.Property(r => r.Language).HasMaxLength(10).IsAudited();
        builder.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TeamId, r.Title });
    }
}
