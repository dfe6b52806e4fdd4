using Crm.Infrastructure.Seeding;
using Crm.Infrastructure.Seeding.Demo;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>docs/demo-sign-ins.md is what people read; it must match what the seed creates.</summary>
public sealed class DemoSignInsDocumentTests
{
    private static readonly string[] Lines = File.ReadAllLines(
        Path.Combine(RepositoryRoot(), "docs", "demo-sign-ins.md"));

    public static TheoryData<string> SignInEmails => new(DemoSignIns.All.Select(s => s.Email));

    [Theory]
    [MemberData(nameof(SignInEmails))]
    public void Document_DocumentedSignIn_ListsEmailRoleAndTeam(string email)
    {
        var signIn = DemoSignIns.All.Single(s => s.Email == email);

        var row = Lines.FirstOrDefault(l => l.StartsWith($"| `{email}` |", StringComparison.Ordinal));

        Assert.NotNull(row);
        Assert.Contains($"| {signIn.Role} | {signIn.Team} ({signIn.TeamEnglish})", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_EveryDemoUser_IsListedWithThePassword()
    {
        var text = string.Join('\n', Lines);

        Assert.All(DemoRoster.Users, u => Assert.Contains($"`{u.Email}`", text, StringComparison.Ordinal));
        Assert.Contains($"`{DemoSignIns.Password}`", text, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Crm.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Crm.sln not found above the test binaries.");
    }
}
