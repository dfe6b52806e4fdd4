using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Tickets.Canned;

namespace Crm.Web.Tests.Tickets.Canned;

/// <summary>Canned replies in memory: one team by default, rows as given, rendering as told.</summary>
public sealed class FakeCannedReplyService : ICannedReplyService
{
    public static readonly Guid FrontlineId = Guid.Parse("0195a000-0000-7000-8000-0000000000c1");

    public List<CannedReplyTeam> Teams { get; set; } = [new(FrontlineId, "一线支持", true)];

    public List<CannedReplyRow> Rows { get; } = [];

    public List<string?> Searches { get; } = [];

    public List<(Guid TeamId, CannedReplyInput Input)> Created { get; } = [];

    public List<(Guid Id, int Version, CannedReplyInput Input)> Updated { get; } = [];

    public List<(Guid Id, int Version)> Retired { get; } = [];

    /// <summary>Thrown by the next create or update, when set.</summary>
    public Exception? SaveError { get; set; }

    public string Rendered { get; set; } = "";

    public CannedReplyValues Sample { get; set; } = new(12397, "无法登录", "王芳", null, "杭州云帆科技", "何丽");

    public static CannedReplyRow Row(string title, string body, string? language = null) =>
        new(Guid.NewGuid(), 2, FrontlineId, title, body, language, new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc),
            "徐静");

    public Task<IReadOnlyList<CannedReplyTeam>> TeamsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CannedReplyTeam>>(Teams);

    public Task<IReadOnlyList<CannedReplyRow>> ListAsync(
        Guid teamId, string? search = null, CancellationToken cancellationToken = default)
    {
        Searches.Add(search);

        return Task.FromResult(Matching(search));
    }

    public Task<IReadOnlyList<CannedReplyRow>> ListForTicketAsync(
        Guid ticketId, string? search = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Matching(search));

    public Task<Guid> CreateAsync(Guid teamId, CannedReplyInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfTold();
        Created.Add((teamId, input));

        return Task.FromResult(Guid.NewGuid());
    }

    public Task UpdateAsync(
        Guid id, int expectedVersion, CannedReplyInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfTold();
        Updated.Add((id, expectedVersion, input));

        return Task.CompletedTask;
    }

    public Task RetireAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        Retired.Add((id, expectedVersion));
        Rows.RemoveAll(r => r.Id == id);

        return Task.CompletedTask;
    }

    public Task<string> RenderAsync(Guid id, Guid ticketId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Rendered);

    public Task<CannedReplyValues> SampleAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Sample);

    private IReadOnlyList<CannedReplyRow> Matching(string? search) =>
    [
        .. Rows.Where(r => string.IsNullOrWhiteSpace(search)
            || r.Title.Contains(search, StringComparison.OrdinalIgnoreCase)
            || r.Body.Contains(search, StringComparison.OrdinalIgnoreCase)),
    ];

    private void ThrowIfTold()
    {
        if (SaveError is { } error)
        {
            SaveError = null;
            throw error;
        }
    }
}
