namespace Crm.Domain.Activities;

public enum ActivityDirection
{
    None = 0,
    Inbound = 1,
    Outbound = 2,
}
