using Crm.Infrastructure.Seeding.Scale;

namespace Crm.Infrastructure.Tests.Seeding;

public sealed class ScaleIdsTests
{
    [Fact]
    public void Account_ConsecutiveIndexes_SortInIndexOrderAsText()
    {
        var ids = new[] { 0, 1, 255, 256, 65_536, 1_000_000 }
            .Select(i => ScaleIds.Account(i).ToString("D").ToUpperInvariant())
            .ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Contact_DifferentAccountsAndSlots_NeverCollide()
    {
        var ids = Enumerable.Range(0, 1000)
            .SelectMany(a => Enumerable.Range(0, ScaleIds.ContactSlots).Select(s => ScaleIds.Contact(a, s)))
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
