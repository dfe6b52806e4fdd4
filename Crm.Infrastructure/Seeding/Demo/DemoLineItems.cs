using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Seeding.Opportunities;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Quotes as the demo's sales people build them from the price list: the licence for every
/// user with a volume discount, often an add-on module and implementation days, sometimes
/// training, data migration or a support plan. US-dollar quotes use the global price list.
/// </summary>
internal static class DemoLineItems
{
    private static readonly string[] PerUserAddOns = ["MOB-SALES", "SVC-DESK", "AI-ASSIST", "BI-SEAT"];
    private static readonly string[] YearlyAddOns = ["BI-PLAT", "MKT-AUTO", "API-PACK", "SSO-SEC"];

    /// <summary>Users a customer of this tier buys for.</summary>
    public static int SeatsFor(Account account, Random random) => (account.Kind, account.Tier) switch
    {
        (AccountKind.Person, _) => random.Next(1, 6),
        (_, AccountTier.Strategic) => random.Next(200, 1501),
        (_, AccountTier.Key) => random.Next(50, 401),
        _ => random.Next(10, 121),
    };

    /// <summary>The lines of a new-business quote in <paramref name="currency"/> (CNY or USD).</summary>
    public static List<PlannedLine> NewBusiness(string key, string currency, int seats, Random random)
    {
        var lines = new Lines(key);
        if (currency == "USD")
        {
            lines.Add("CRM-ENT-INTL", seats, VolumeDiscount(seats));
            lines.Add("IMPL-REMOTE", Math.Clamp(seats / 15, 3, 40), 0);
            lines.AddIf(random.Chance(0.5), "SUP-GLOBAL", 1, 0);
            return lines.Planned;
        }

        var licence = random.Next(100) switch
        {
            < 55 => "CRM-ENT",
            < 85 => "CRM-STD",
            _ => "CRM-ULT",
        };
        lines.Add(licence, seats, VolumeDiscount(seats));
        lines.AddIf(random.Chance(0.5), random.Pick(PerUserAddOns), Math.Max(1, seats / random.Next(2, 6)), 0);
        lines.AddIf(random.Chance(0.3), random.Pick(YearlyAddOns), 1, random.Chance(0.3) ? 10 : 0);
        lines.AddIf(random.Chance(0.7), "IMPL-STD", Math.Clamp(seats / 10, 5, 80), 0);
        lines.AddIf(random.Chance(0.2), "IMPL-SR", random.Next(5, 21), 0);
        lines.AddIf(random.Chance(0.4), "TRAIN-DAY", random.Next(1, 6), 0);
        lines.AddIf(random.Chance(0.25), "DATA-MIG", 1, 0);
        lines.AddIf(random.Chance(0.3), seats >= 200 ? "SUP-PREM" : "SUP-STD", 1, 0);

        return lines.Planned;
    }

    /// <summary>A renewal: the support plan and, mostly, the licences for another year.</summary>
    public static List<PlannedLine> Renewal(string key, string currency, int seats, Random random)
    {
        var lines = new Lines(key);
        if (currency == "USD")
        {
            lines.Add("SUP-GLOBAL", 1, 0);
            lines.AddIf(random.Chance(0.7), "CRM-ENT-INTL", seats, VolumeDiscount(seats) + 5);
            return lines.Planned;
        }

        lines.Add(seats >= 200 ? "SUP-PREM" : "SUP-STD", 1, random.Chance(0.3) ? 5 : 0);
        lines.AddIf(random.Chance(0.7), random.Chance(0.6) ? "CRM-ENT" : "CRM-STD", seats, VolumeDiscount(seats) + 5);

        return lines.Planned;
    }

    /// <summary>The exact total the lines will have, for estimates made before the quote.</summary>
    public static decimal TotalOf(IEnumerable<PlannedLine> lines) =>
        lines.Sum(l => OpportunityLine.TotalOf(l.Draft.Quantity, l.Draft.UnitPrice.MinorUnits, l.Draft.DiscountPercent))
        / 100m;

    private static int VolumeDiscount(int seats) => seats switch
    {
        >= 500 => 20,
        >= 200 => 15,
        >= 50 => 10,
        >= 20 => 5,
        _ => 0,
    };

    private sealed class Lines(string key)
    {
        public List<PlannedLine> Planned { get; } = [];

        public void Add(string code, int quantity, int discountPercent)
        {
            var product = DemoProducts.Get(code);
            var id = DeterministicGuid.From("demo:line", $"{key}/{Planned.Count}");
            var draft = new LineDraft(product.Id, product.Name, quantity, product.Price, discountPercent);
            Planned.Add(new PlannedLine(id, draft));
        }

        public void AddIf(bool condition, string code, int quantity, int discountPercent)
        {
            if (condition)
            {
                Add(code, quantity, discountPercent);
            }
        }
    }
}
