using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

public sealed partial class Opportunity
{
    public const int MaxLines = 200;

    private readonly List<OpportunityLine> _lines = [];

    /// <summary>The amount in minor units of <see cref="Currency"/>; never negative.</summary>
    public long AmountMinorUnits { get; private set; }

    /// <summary>ISO code of the amount and of every line price.</summary>
    public string Currency { get; private set; }

    public AmountMode AmountMode { get; private set; }

    public Money Amount => new(AmountMinorUnits, Currency);

    /// <summary>The line items in the order they were added; loaded with the opportunity.</summary>
    public IReadOnlyList<OpportunityLine> Lines => [.. _lines.OrderBy(l => l.SortOrder)];

    /// <summary>
    /// Types the amount in (the amount mode becomes manual). The currency may change only while
    /// there are no line items. Throws <see cref="DomainException"/> for a negative amount.
    /// </summary>
    public void SetAmount(Money amount, DateTime at)
    {
        if (_lines.Count > 0 && amount.Currency != Currency)
        {
            throw new DomainException(
                "Currency.has-lines", "Remove the line items before changing the currency.", nameof(Currency));
        }

        var changed = AmountMode != AmountMode.Manual || amount != Amount;
        AmountMode = AmountMode.Manual;
        ApplyAmount(amount);
        if (changed)
        {
            Changed(at);
        }
    }

    /// <summary>Makes the amount the sum of the line totals from now on (0 without lines).</summary>
    public void FollowLineItems(DateTime at)
    {
        if (AmountMode == AmountMode.LineItems)
        {
            return;
        }

        AmountMode = AmountMode.LineItems;
        Recalculate();
        Changed(at);
    }

    /// <summary>
    /// Adds a line at the end; its price must be in the opportunity's currency. Returns the line.
    /// Throws <see cref="DomainException"/> naming the invalid field.
    /// </summary>
    public OpportunityLine AddLine(Guid lineId, LineDraft draft, DateTime at)
    {
        if (_lines.Count >= MaxLines)
        {
            throw new DomainException("Lines.limit", $"An opportunity has at most {MaxLines} lines.", "Lines");
        }

        if (_lines.Any(l => l.Id == lineId))
        {
            throw new DomainException("Line.duplicate-id", "Two lines cannot share an id.", "Line");
        }

        var line = new OpportunityLine(lineId, Id, _lines.Count == 0 ? 1 : _lines.Max(l => l.SortOrder) + 1);
        line.Apply(draft, Currency);
        _lines.Add(line);
        LinesChanged(at);

        return line;
    }

    public void UpdateLine(Guid lineId, LineDraft draft, DateTime at)
    {
        RequireLine(lineId).Apply(draft, Currency);
        LinesChanged(at);
    }

    public void RemoveLine(Guid lineId, DateTime at)
    {
        _lines.Remove(RequireLine(lineId));
        LinesChanged(at);
    }

    private OpportunityLine RequireLine(Guid lineId) =>
        _lines.FirstOrDefault(l => l.Id == lineId)
        ?? throw new DomainException("Line.not-found", "The line item was not found.", "Line");

    private void LinesChanged(DateTime at)
    {
        if (AmountMode == AmountMode.LineItems)
        {
            Recalculate();
        }

        Changed(at);
    }

    private void Recalculate()
    {
        var total = _lines.Sum(l => (decimal)l.TotalMinorUnits);
        AmountMinorUnits = total <= long.MaxValue
            ? (long)total
            : throw new DomainException("Amount.too-large", "The line totals add up to too much.", nameof(Amount));
    }

    private void ApplyAmount(Money amount)
    {
        if (amount.MinorUnits < 0)
        {
            throw new DomainException("Amount.negative", "The amount cannot be negative.", nameof(Amount));
        }

        AmountMinorUnits = amount.MinorUnits;
        Currency = amount.Currency;
    }
}
