namespace Crm.Domain.Customers;

/// <summary>How much attention an account gets: strategic accounts first.</summary>
public enum AccountTier
{
    Strategic = 1,
    Key = 2,
    Standard = 3,
}
