namespace Crm.Infrastructure.Persistence;

/// <summary>Names of the shadow columns that say who wrote a row and when (not business time).</summary>
internal static class AuditStamps
{
    public const string CreatedAt = nameof(CreatedAt);
    public const string CreatedById = nameof(CreatedById);
    public const string UpdatedAt = nameof(UpdatedAt);
    public const string UpdatedById = nameof(UpdatedById);

    /// <summary>Model annotation that marks a property whose changes go to the field history.</summary>
    public const string Audited = "Crm:Audited";
}
