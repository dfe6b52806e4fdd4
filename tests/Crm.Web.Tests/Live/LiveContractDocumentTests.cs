using Crm.Web.Live.Contract;

namespace Crm.Web.Tests.Live;

/// <summary>docs/live-events.md is what integrators build against; it must name every message the hub sends.</summary>
public sealed class LiveContractDocumentTests
{
    private static readonly string Document =
        File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "live-events.md"));

    public static TheoryData<string> MessageNames => new(LiveContract.MessageNames);

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Document_EveryMessage_HasASection(string name)
    {
        Assert.Contains($"### `{name}`", Document, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Crm.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
