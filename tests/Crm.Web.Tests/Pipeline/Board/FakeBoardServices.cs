using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>Remembers the list columns chosen, as the server would.</summary>
internal sealed class FakeBoardPreferences : IBoardPreferences
{
    public List<IReadOnlyList<string>> Saves { get; } = [];

    public IReadOnlyList<string>? Columns { get; set; }

    public Task<IReadOnlyList<string>?> ListColumnsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Columns);

    public Task SaveListColumnsAsync(IReadOnlyList<string> columns, CancellationToken cancellationToken = default)
    {
        Saves.Add(columns);
        Columns = columns;

        return Task.CompletedTask;
    }
}

/// <summary>CNY as the base currency and a USD rate, for the quick-add currency picker.</summary>
internal sealed class FakeExchangeRateService : IExchangeRateService
{
    public Task<ExchangeRateList> ListAsync(string? currency = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ExchangeRateList(
            "CNY", [new ExchangeRateRow(Guid.CreateVersion7(), 1, "USD", new DateOnly(2026, 1, 1), 7.2m)], false));

    public Task<ExchangeRateRow> SetRateAsync(
        string currency, DateOnly effectiveDate, decimal rate, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteRateAsync(Guid id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
