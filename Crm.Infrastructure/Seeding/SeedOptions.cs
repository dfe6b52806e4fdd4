namespace Crm.Infrastructure.Seeding;

/// <summary>Bound from the <c>Seed</c> section of appsettings.json.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>
    /// Fill an empty database with the demo company at start (default true). A database that
    /// already holds an organization, users or accounts is never touched.
    /// </summary>
    public bool Demo { get; set; } = true;
}
