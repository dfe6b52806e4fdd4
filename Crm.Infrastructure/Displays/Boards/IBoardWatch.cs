namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// One screen's hold on a shared board. Every screen of the same scope reads the same
/// instance: the board is built once per change, not once per screen. Dispose to let go; the
/// board is dropped when its last screen lets go.
/// </summary>
public interface IBoardWatch<out TBoard> : IDisposable
    where TBoard : class
{
    /// <summary>The newest board; no query, the same instance until something changes.</summary>
    TBoard Current { get; }
}
