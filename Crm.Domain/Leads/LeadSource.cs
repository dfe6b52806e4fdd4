namespace Crm.Domain.Leads;

/// <summary>How a lead reached the company.</summary>
public enum LeadSource
{
    Other = 0,
    WebForm = 1,
    PhoneIn = 2,
    Email = 3,
    WeChat = 4,
    TradeShow = 5,
    Referral = 6,
    Campaign = 7,
    Partner = 8,
}
