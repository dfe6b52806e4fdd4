using Crm.Domain.Common;

namespace Crm.Domain.Assignment;

/// <summary>
/// The record being assigned as the engine sees it: its kind and its fields by name. Names
/// ignore case; values are trimmed, and blank values count as missing.
/// </summary>
public sealed class AssignmentSubject
{
    private readonly Dictionary<string, string> _fields;

    public AssignmentSubject(RecordKind kind, IReadOnlyDictionary<string, string?> fields)
    {
        Kind = kind;
        _fields = fields
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .ToDictionary(f => f.Key.Trim(), f => f.Value!.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    public RecordKind Kind { get; }

    /// <summary>The fields that have a value.</summary>
    public IReadOnlyDictionary<string, string> Fields => _fields;

    /// <summary>The region a territory owner must cover; null when the record has none.</summary>
    public string? Region => this[AssignmentFields.Region];

    /// <summary>The field's value, or null when the record has none.</summary>
    public string? this[string field] => _fields.GetValueOrDefault(field);
}
