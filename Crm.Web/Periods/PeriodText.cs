namespace Crm.Web.Periods;

/// <summary>Marker for PeriodText.resx: how fiscal periods are named and picked everywhere.</summary>
public sealed class PeriodText;
