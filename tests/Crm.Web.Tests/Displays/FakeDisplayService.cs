using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;

namespace Crm.Web.Tests.Displays;

/// <summary>
/// Displays in memory for the setup page: two sales teams and a support team to choose from,
/// rows as a test adds them, and every change recorded with the version it was asked for.
/// </summary>
internal sealed class FakeDisplayService : IDisplayService
{
    public const string Token = "kW3n-token_FOR-tests";

    public static readonly Guid EastSales = Guid.Parse("0195a003-0000-7000-8000-0000000000a1");
    public static readonly Guid NorthSales = Guid.Parse("0195a003-0000-7000-8000-0000000000a2");
    public static readonly Guid Frontline = Guid.Parse("0195a003-0000-7000-8000-0000000000b1");
    public static readonly Guid NewBusiness = Guid.Parse("0195a003-0000-7000-8000-0000000000c1");

    public DisplayChoices Choices { get; set; } = new(
        [DisplayKind.Sales, DisplayKind.Service],
        [
            new(EastSales, "华东销售", DisplayKind.Sales, []),
            new(NorthSales, "华北销售", DisplayKind.Sales, []),
            new(Frontline, "一线支持", DisplayKind.Service, [new(Guid.NewGuid(), "VIP")]),
        ],
        [new(NewBusiness, "新客户")],
        AllSalesTeams: true);

    public List<DisplayRow> Rows { get; } = [];

    public Dictionary<Guid, DisplaySettings> Settings { get; } = [];

    public List<DisplaySettings> Created { get; } = [];

    public List<(Guid Id, int Version, DisplaySettings Settings)> Updated { get; } = [];

    public List<(Guid Id, int Version)> Rotated { get; } = [];

    public List<(Guid Id, int Version)> Revoked { get; } = [];

    public List<(Guid Id, int Version)> Deleted { get; } = [];

    /// <summary>Thrown by the next create or update, when set.</summary>
    public Exception? SaveError { get; set; }

    public static DisplayRow Row(string name, DisplayKind kind = DisplayKind.Sales, bool isLive = true)
    {
        var team = kind == DisplayKind.Sales ? "华东销售" : "一线支持";
        var issued = new DateTime(2026, 3, 1, 1, 0, 0, DateTimeKind.Utc);

        return new(Guid.NewGuid(), 3, name, kind, team, null, 2, Languages.Chinese, isLive, issued, issued.AddHours(1));
    }

    /// <summary>A row and the settings its editor loads.</summary>
    public DisplayRow Add(string name)
    {
        var row = Row(name);
        Rows.Add(row);
        DisplayPage[] pages = [new("本月", [DisplayPanel.Leaderboard])];
        Settings[row.Id] = new DisplaySettings(name, DisplayKind.Sales, EastSales, [.. pages], Languages.Chinese);

        return row;
    }

    public Task<DisplayChoices> ChoicesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Choices);

    public Task<IReadOnlyList<DisplayRow>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DisplayRow>>([.. Rows]);

    public Task<DisplayDetails> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Settings.TryGetValue(id, out var settings)
            ? Task.FromResult(new DisplayDetails(id, 3, settings, true, DateTime.UnixEpoch, null))
            : throw new NotFoundException("Display", id);

    public Task<DisplayAddress> CreateAsync(DisplaySettings settings, CancellationToken cancellationToken = default)
    {
        ThrowIfTold();
        Created.Add(settings);

        return Task.FromResult(new DisplayAddress(Guid.NewGuid(), 1, Token));
    }

    public Task UpdateAsync(
        Guid id, int expectedVersion, DisplaySettings settings, CancellationToken cancellationToken = default)
    {
        ThrowIfTold();
        Updated.Add((id, expectedVersion, settings));

        return Task.CompletedTask;
    }

    public Task<DisplayAddress> RotateTokenAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        Rotated.Add((id, expectedVersion));

        return Task.FromResult(new DisplayAddress(id, expectedVersion + 1, Token + "-2"));
    }

    public Task RevokeAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        Revoked.Add((id, expectedVersion));

        return Task.CompletedTask;
    }

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        Deleted.Add((id, expectedVersion));
        Rows.RemoveAll(r => r.Id == id);

        return Task.CompletedTask;
    }

    public Task<DisplayScreen> PreviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        throw new NotFoundException("Display", id);

    private void ThrowIfTold()
    {
        if (SaveError is { } error)
        {
            SaveError = null;
            throw error;
        }
    }
}
