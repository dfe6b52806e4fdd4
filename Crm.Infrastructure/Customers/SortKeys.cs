namespace Crm.Infrastructure.Customers;

internal static class SortKeys
{
    /// <summary>
    /// Appended to a sort key when a text filter narrows the list: <c>key + SortMatches</c>
    /// orders exactly like <c>key</c>, but as an expression no index covers. With an indexed sort
    /// key and a LIMIT, SQLite walks the whole index and fetches every row at random to test the
    /// substring filter, which for a rare term is about six times slower than scanning the table
    /// and sorting the few matches (measured in docs/performance.md).
    /// </summary>
    public const string SortMatches = "";
}
