using System.Text.RegularExpressions;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>
/// SQL Server cannot run here, so its idempotent migration script (what an operator who
/// migrates by script runs) is generated and checked for the mistakes that would only show
/// on a real server.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    private static readonly Lazy<(string Script, IReadOnlyList<string> Migrations)> Generated = new(Generate);

    private static string Script => Generated.Value.Script;

    [Theory]
    [InlineData("Accounts")]
    [InlineData("Activities")]
    [InlineData("Outbox")]
    public void GenerateScript_Idempotent_CreatesTable(string table)
    {
        Assert.Contains($"CREATE TABLE [{table}] (", Script);
    }

    [Fact]
    public void GenerateScript_Idempotent_GuardsAndRecordsEveryMigration()
    {
        var unguarded = Generated.Value.Migrations
            .Where(id => !Script.Contains($"WHERE [MigrationId] = N'{id}'", StringComparison.Ordinal)
                || !Script.Contains($"VALUES (N'{id}', ", StringComparison.Ordinal));

        Assert.NotEmpty(Generated.Value.Migrations);
        Assert.Empty(unguarded);
    }

    [Fact]
    public void GenerateScript_Idempotent_RunsEveryStatementUnderAGuard()
    {
        // Each block ends in END;; a block that changes the schema or data must open with an IF.
        var blocks = Script.Split("\nEND;", StringSplitOptions.RemoveEmptyEntries);

        var unguarded = blocks.Where(b => StatementPattern().IsMatch(b) && !GuardPattern().IsMatch(b));

        Assert.Empty(unguarded);
    }

    [Fact]
    public void GenerateScript_Idempotent_HasNoOversizedCharacterColumns()
    {
        var oversized = SizedTypePattern().Matches(Script)
            .Where(m => int.Parse(m.Groups["size"].Value) > MaxSizeOf(m.Groups["type"].Value))
            .Select(m => m.Value);

        Assert.Empty(oversized);
    }

    [Fact]
    public void GenerateScript_Idempotent_KeysAndIndexesAvoidMaxColumns()
    {
        // SQL Server refuses an nvarchar(max) or varbinary(max) column as a key or index column.
        var columnTypes = ColumnTypes();

        var keys = KeyColumns().ToList();

        Assert.Contains("Accounts.NameSortKey", keys);
        Assert.DoesNotContain(keys, column => columnTypes[column].EndsWith("(max)", StringComparison.Ordinal));
    }

    private static (string, IReadOnlyList<string>) Generate()
    {
        using var db = DesignTimeContexts.Create(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        return (script.ReplaceLineEndings("\n"), [.. db.Database.GetMigrations()]);
    }

    // nvarchar and nchar count characters (4000 at most); the others count bytes (8000).
    private static int MaxSizeOf(string type) => type.StartsWith('n') ? 4000 : 8000;

    private static Dictionary<string, string> ColumnTypes()
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match table in TablePattern().Matches(Script))
        {
            foreach (Match column in ColumnPattern().Matches(table.Groups["body"].Value))
            {
                types[$"{table.Groups["table"].Value}.{column.Groups["column"].Value}"] = column.Groups["type"].Value;
            }
        }

        // Columns added to a table by a later migration.
        foreach (Match added in AddColumnPattern().Matches(Script))
        {
            types[$"{added.Groups["table"].Value}.{added.Groups["column"].Value}"] = added.Groups["type"].Value;
        }

        return types;
    }

    // "Table.Column" of every primary key and index column.
    private static IEnumerable<string> KeyColumns()
    {
        var primaryKeys = TablePattern().Matches(Script)
            .SelectMany(t => PrimaryKeyPattern().Matches(t.Groups["body"].Value)
                .Select(k => (Table: t.Groups["table"].Value, Columns: k.Groups["columns"].Value)));
        var indexes = IndexPattern().Matches(Script)
            .Select(i => (Table: i.Groups["table"].Value, Columns: i.Groups["columns"].Value));

        return primaryKeys.Concat(indexes)
            .SelectMany(key => key.Columns.Split(',').Select(c => $"{key.Table}.{c.Trim().Trim('[', ']')}"));
    }

    [GeneratedRegex(@"\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|EXEC)\b")]
    private static partial Regex StatementPattern();

    [GeneratedRegex(@"^\s*(IF NOT EXISTS|IF EXISTS|IF OBJECT_ID|IF SCHEMA_ID)", RegexOptions.Multiline)]
    private static partial Regex GuardPattern();

    [GeneratedRegex(
        @"\b(?<type>nvarchar|varchar|nchar|char|varbinary|binary)\((?<size>\d+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex SizedTypePattern();

    [GeneratedRegex(@"CREATE TABLE \[(?<table>\w+)\] \((?<body>.*?)\n    \);", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"^\s+\[(?<column>\w+)\] (?<type>\w+(\((max|\d+(, ?\d+)?)\))?)", RegexOptions.Multiline)]
    private static partial Regex ColumnPattern();

    [GeneratedRegex(@"ALTER TABLE \[(?<table>\w+)\] ADD \[(?<column>\w+)\] (?<type>\w+(\((max|\d+(, ?\d+)?)\))?)")]
    private static partial Regex AddColumnPattern();

    [GeneratedRegex(@"PRIMARY KEY \((?<columns>[^)]*)\)")]
    private static partial Regex PrimaryKeyPattern();

    [GeneratedRegex(@"CREATE (UNIQUE )?INDEX \[\w+\] ON \[(?<table>\w+)\] \((?<columns>[^)]*)\)")]
    private static partial Regex IndexPattern();
}
