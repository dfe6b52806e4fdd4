namespace Crm.Web.Customers;

/// <summary>Marker for CustomersText.resx: the account list, account page and account dialog.</summary>
public sealed class CustomersText;
