namespace Crm.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is stable and used to look up the
/// translated message; <see cref="Field"/> names the input at fault, when there is one.
/// </summary>
public sealed class DomainException(string code, string message, string? field = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
