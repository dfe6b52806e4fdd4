using Crm.Domain.Activities;
using Crm.Domain.Customers;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>Aggregates with valid defaults; the inputs a test cares about are its arguments.</summary>
internal static class TestRecords
{
    public static AccountProfile Profile(string name, string? phone = null, string? website = null) =>
        new(name, AccountKind.Company, Industry.Technology, AccountTier.Standard, "华东", phone, null, website,
            "上海", null);

    public static Account Account(DateTime at, string name = "Acme", Guid? ownerId = null) =>
        Domain.Customers.Account.Create(Guid.CreateVersion7(), Profile(name), ownerId ?? Guid.CreateVersion7(), at);

    public static Activity Activity(Guid accountId, DateTime occurredAt, DateTime now) =>
        Domain.Activities.Activity.Log(
            Guid.CreateVersion7(), accountId, null, null,
            new ActivityEntry(ActivityKind.Call, ActivityDirection.Outbound, occurredAt, TimeSpan.FromMinutes(5),
                ActivityOutcome.Reached, "Quarterly check-in", null),
            Guid.CreateVersion7(), now);
}
