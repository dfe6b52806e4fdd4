using Crm.Infrastructure.Leads;

namespace Crm.Web.Tests.Leads;

/// <summary>Offers <see cref="Options"/>, records each conversion asked for and answers <see cref="Result"/>.</summary>
public sealed class FakeLeadConversionService : ILeadConversionService
{
    public ConversionOptions? Options { get; set; }

    public List<(Guid LeadId, int Version, LeadConversionInput Input)> Converted { get; } = [];

    public ConversionResult Result { get; set; } = new(Guid.CreateVersion7(), Guid.CreateVersion7(), null);

    /// <summary>Thrown by the next conversion instead of converting.</summary>
    public Exception? Refusal { get; set; }

    public Dictionary<Guid, IReadOnlyList<SourceLead>> Sources { get; } = [];

    public Task<ConversionOptions> OptionsAsync(Guid leadId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Options ?? throw new InvalidOperationException("The test gave no options."));

    public Task<ConversionResult> ConvertAsync(
        Guid leadId, int expectedVersion, LeadConversionInput input, CancellationToken cancellationToken = default)
    {
        if (Refusal is { } refusal)
        {
            Refusal = null;
            return Task.FromException<ConversionResult>(refusal);
        }

        Converted.Add((leadId, expectedVersion, input));

        return Task.FromResult(Result);
    }

    public Task<IReadOnlyList<SourceLead>> ConvertedIntoAsync(
        Guid accountId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Sources.GetValueOrDefault(accountId) ?? []);
}
