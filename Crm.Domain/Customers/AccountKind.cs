namespace Crm.Domain.Customers;

public enum AccountKind
{
    Company = 1,
    Person = 2,
}
