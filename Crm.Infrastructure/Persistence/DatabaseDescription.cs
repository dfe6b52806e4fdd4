using System.Data.Common;

namespace Crm.Infrastructure.Persistence;

internal static class DatabaseDescription
{
    /// <summary>The server and database of a connection, never its password or other secrets.</summary>
    public static string ServerOf(DbConnection connection)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connection.ConnectionString };
        var parts = new[] { "Data Source", "Server", "Host", "Port", "Database", "Initial Catalog" }
            .Where(builder.ContainsKey)
            .Select(key => $"{key}={builder[key]}");

        return string.Join(";", parts);
    }
}
