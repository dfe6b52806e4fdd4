using Microsoft.Data.Sqlite;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// A fresh SQLite database file in the temp folder. The file does not exist until the first
/// connection opens it; disposing releases pooled connections and deletes the file and its
/// journal, WAL and shared-memory companions.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private static readonly string[] Companions = ["", "-journal", "-wal", "-shm"];

    public SqliteDatabase()
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"crm-test-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ConnectionString;
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in Companions)
        {
            File.Delete(FilePath + suffix);
        }
    }
}
