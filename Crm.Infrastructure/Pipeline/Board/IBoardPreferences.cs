namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// What the signed-in user chose to see on the pipeline screens, stored per user on the server
/// (table <c>BoardPreferences</c>) so the choice follows them to every browser and device.
/// </summary>
public interface IBoardPreferences
{
    /// <summary>The list view's columns the user last chose, in order; null when they never chose.</summary>
    Task<IReadOnlyList<string>?> ListColumnsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Remembers the list view's columns; the last save wins. Keys are column names of the list
    /// (ASCII letters, at most <see cref="BoardPreference.MaxColumns"/> of up to
    /// <see cref="BoardPreference.MaxKeyLength"/> characters); anything else is a
    /// <see cref="Domain.Common.DomainException"/> on <c>ListColumns</c> and nothing is saved.
    /// </summary>
    Task SaveListColumnsAsync(IReadOnlyList<string> columns, CancellationToken cancellationToken = default);
}
