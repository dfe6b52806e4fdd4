namespace Crm.Web.Pipeline.Opportunities;

/// <summary>
/// Marker for OpportunityText.resx: the opportunity page, its dialogs (edit, conflict, close,
/// line item, new opportunity), presence and the account page's opportunities tab.
/// </summary>
public sealed class OpportunityText;
