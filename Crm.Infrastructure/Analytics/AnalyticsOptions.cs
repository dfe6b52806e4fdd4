namespace Crm.Infrastructure.Analytics;

/// <summary>Settings of the analytics figures, from the <c>Analytics</c> section of appsettings.json.</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>Days after its last won opportunity without another before a customer counts as churned.</summary>
    public int ChurnWindowDays { get; set; } = 365;
}
