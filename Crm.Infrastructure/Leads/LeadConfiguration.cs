using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Leads;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.Property(l => l.PersonName).HasMaxLength(100).IsAudited();
        builder.Property(l => l.Company).HasMaxLength(200).IsAudited();
        builder.Property(l => l.Title).HasMaxLength(100).IsAudited();
        builder.Property(l => l.Phone).HasMaxLength(40).IsAudited();
        builder.Property(l => l.Email).HasMaxLength(254).IsAudited();
        builder.Property(l => l.WeChatId).HasMaxLength(60).IsAudited();
        builder.Property(l => l.Region).HasMaxLength(100).IsAudited();
        builder.Property(l => l.Notes).HasMaxLength(LeadProfile.MaxNotesLength);
        builder.Property(l => l.ProductInterest).HasMaxLength(LeadProfile.MaxProductInterestLength).IsAudited();
        builder.Property(l => l.Source).IsAudited();
        builder.Property(l => l.Status).IsAudited();
        builder.Property(l => l.DisqualificationReason).IsAudited();
        builder.Property(l => l.DisqualificationNote).HasMaxLength(500);
        builder.Property(l => l.OwnerId).IsAudited();
        builder.Property(l => l.QueueTeamId).IsAudited();
        builder.Property(l => l.SortKey).HasMaxLength(NameSortKey.MaxLength);
        builder.Property(l => l.EmailKey).HasMaxLength(254);
        builder.Property(l => l.PhoneKey).HasMaxLength(40);
        builder.Property(l => l.CompanyKey).HasMaxLength(200);
        builder.Ignore(l => l.DisplayName);
        builder.Ignore(l => l.IsConverted);
        builder.OwnsOne(l => l.Assignment, note =>
        {
            note.Property(n => n.RuleId).HasColumnName("AssignmentRuleId");
            note.Property(n => n.RuleName).HasColumnName("AssignmentRuleName")
                .HasMaxLength(AssignmentNote.MaxRuleNameLength);
            note.Property(n => n.Reason).HasColumnName("AssignmentReason").HasMaxLength(AssignmentNote.MaxReasonLength);
            note.Property(n => n.Arguments).HasColumnName("AssignmentArguments")
                .HasConversion(new JsonListConverter<string>(), JsonListConverter<string>.Comparer)
                .HasMaxLength(2000);
            note.Property(n => n.Skipped).HasColumnName("AssignmentSkipped")
                .HasConversion(new JsonListConverter<SkippedUser>(), JsonListConverter<SkippedUser>.Comparer);
        });

        builder.HasOne<User>().WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(l => l.QueueTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.ReceivedAt);
        builder.HasIndex(l => new { l.OwnerId, l.Status });
        builder.HasIndex(l => new { l.QueueTeamId, l.Status });
        builder.HasIndex(l => l.SortKey);
        builder.HasIndex(l => l.EmailKey);
        builder.HasIndex(l => l.PhoneKey);
        builder.HasIndex(l => l.CompanyKey);
    }
}
