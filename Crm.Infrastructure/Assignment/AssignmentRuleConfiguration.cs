using Crm.Domain.Assignment;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Assignment;

/// <summary>
/// Conditions live in one JSON column (a complex collection: read and written whole, exactly as
/// the domain holds them); the strategy in three plain columns, so rules naming a user or team
/// can be found with an ordinary query.
/// </summary>
internal sealed class AssignmentRuleConfiguration : IEntityTypeConfiguration<AssignmentRule>
{
    public void Configure(EntityTypeBuilder<AssignmentRule> builder)
    {
        builder.ToTable("AssignmentRules");
        builder.Property(r => r.Name).HasMaxLength(AssignmentRule.NameMaxLength).IsAudited();
        builder.Property(r => r.IsActive).IsAudited();
        builder.Property(r => r.Position).IsAudited();
        builder.Property(r => r.FallbackQueueTeamId).IsAudited();
        builder.Ignore(r => r.QueueTeamId);

        // EF needs an IList to fill, so it maps the list behind the read-only property.
        builder.Ignore(r => r.Conditions);
        builder.ComplexCollection<List<AssignmentCondition>, AssignmentCondition>("_conditions", conditions =>
        {
            conditions.ToJson("Conditions");
            conditions.Property(c => c.Operator).HasConversion<string>();
        });
        builder.ComplexProperty(r => r.Strategy, strategy =>
        {
            strategy.Property(s => s.Kind).HasColumnName("StrategyKind");
            strategy.Property(s => s.UserId).HasColumnName("StrategyUserId");
            strategy.Property(s => s.TeamId).HasColumnName("StrategyTeamId");
        });

        builder.HasOne<Team>().WithMany().HasForeignKey(r => r.FallbackQueueTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Kind, r.Position });
    }
}
