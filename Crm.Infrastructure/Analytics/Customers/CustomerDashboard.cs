using Crm.Domain.Analytics.Customers;

namespace Crm.Infrastructure.Analytics.Customers;

/// <summary>
/// The customer figures for one query, with the names of the top accounts and the filters' choices.
/// </summary>
public sealed record CustomerDashboard(
    long Sequence,
    PeriodView Period,
    string BaseCurrency,
    CustomerFigures Figures,
    IReadOnlyDictionary<Guid, string> AccountNames,
    AnalyticsChoices Choices);
