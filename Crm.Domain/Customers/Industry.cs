namespace Crm.Domain.Customers;

public enum Industry
{
    Other = 0,
    Manufacturing = 1,
    Retail = 2,
    Technology = 3,
    FinancialServices = 4,
    Healthcare = 5,
    Education = 6,
    Logistics = 7,
    RealEstate = 8,
    Energy = 9,
    Government = 10,
    Hospitality = 11,
    Media = 12,
}
