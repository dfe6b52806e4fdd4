using System.Collections.Immutable;
using Crm.Domain.Common;
using Crm.Domain.Forecasting;

namespace Crm.Domain.Displays;

/// <summary>
/// A wall display: a TV that shows one team's (or queue's, or pipeline's) live boards through a
/// kiosk address, without a sign-in. The address carries a secret token of which only a hash is
/// kept (<see cref="TokenHash"/>); giving the display a new token makes the old address open
/// nothing, and revoking it makes every address open nothing until it is given a new one.
/// </summary>
public sealed class Display : AggregateRoot
{
    public const int MaxNameLength = 80;
    public const int MaxPages = 8;
    public const int TokenHashLength = 64;

    public static readonly TimeSpan MinRotation = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxRotation = TimeSpan.FromHours(1);

    private Display(Guid id)
        : base(id)
    {
        Name = "";
        Language = Languages.Chinese;
        TokenHash = "";
    }

    public string Name { get; private set; }

    public DisplayKind Kind { get; private set; }

    /// <summary>Sales: the team, or null for every sales team. Service: always set.</summary>
    public Guid? TeamId { get; private set; }

    public Guid? PipelineId { get; private set; }

    public Guid? QueueId { get; private set; }

    public PeriodKind Period { get; private set; }

    public ImmutableArray<DisplayPage> Pages { get; private set; } = [];

    public TimeSpan Rotation { get; private set; }

    public DisplayTheme Theme { get; private set; }

    /// <summary><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>.</summary>
    public string Language { get; private set; }

    public bool CelebrateWins { get; private set; }

    public bool PlaySound { get; private set; }

    /// <summary>The SHA-256 (lower-case hex) of the token in the display's address.</summary>
    public string TokenHash { get; private set; }

    /// <summary>When the current token was issued (UTC).</summary>
    public DateTime TokenIssuedAt { get; private set; }

    /// <summary>Set while the display is revoked: no address opens it.</summary>
    public DateTime? RevokedAt { get; private set; }

    public bool IsLive => RevokedAt is null && !IsDeleted;

    /// <summary>
    /// Sets up a display whose address carries the token hashed as <paramref name="tokenHash"/>.
    /// Throws <see cref="DomainException"/> naming the field when <paramref name="settings"/> do
    /// not hold (see <see cref="Edit"/>).
    /// </summary>
    public static Display Create(Guid id, DisplaySettings settings, string tokenHash, DateTime at)
    {
        var display = new Display(id) { Kind = settings.Kind };
        display.Apply(settings);
        display.IssueToken(tokenHash, at);
        display.Record(display.ChangedEvent(1, at));

        return display;
    }

    /// <summary>
    /// Replaces every setting but the kind, which a display keeps for life. Refused, naming the
    /// field: a missing or too long Name; a kind that differs (Kind); a service display without a
    /// team, a sales display with a queue or a service display with a pipeline (Scope); no pages
    /// or more than <see cref="MaxPages"/>, a page without panels or with more than
    /// <see cref="DisplayPage.MaxPanels"/>, a panel twice on a page, a panel of the other kind,
    /// a page title over <see cref="DisplayPage.MaxTitleLength"/> (Pages); a rotation outside
    /// <see cref="MinRotation"/> to <see cref="MaxRotation"/> (Rotation); an unknown language.
    /// </summary>
    public void Edit(DisplaySettings settings, DateTime at)
    {
        EnsureNotDeleted();
        Apply(settings);
        Record(ChangedEvent(NextVersion, at));
    }

    /// <summary>Gives the display a new address (and brings a revoked one back): the old one opens nothing.</summary>
    public void RotateToken(string tokenHash, DateTime at)
    {
        EnsureNotDeleted();
        IssueToken(tokenHash, at);
        RevokedAt = null;
        Record(ChangedEvent(NextVersion, at));
    }

    /// <summary>Stops the display: screens showing it go blank. Revoking a revoked display is refused.</summary>
    public void Revoke(DateTime at)
    {
        EnsureNotDeleted();
        if (RevokedAt is not null)
        {
            throw new DomainException("Display.revoked", "The display is already revoked.");
        }

        RevokedAt = Clock.Utc(at);
        Record(ChangedEvent(NextVersion, at));
    }

    /// <summary>Removes the display; screens showing it go blank.</summary>
    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Record(ChangedEvent(NextVersion, at));
    }

    private void Apply(DisplaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Kind != Kind)
        {
            throw new DomainException("Kind.fixed", "A display cannot change between sales and service.", "Kind");
        }

        var name = Guard.Required(settings.Name, nameof(Name), MaxNameLength);
        CheckScope(settings);
        var pages = DisplayPages.Checked(settings.Pages, settings.Kind);
        var rotation = CheckedRotation(settings.Rotation);
        var language = Languages.Require(settings.Language);

        (Name, TeamId, PipelineId, QueueId, Period) =
            (name, settings.TeamId, settings.PipelineId, settings.QueueId, settings.Period);
        (Pages, Rotation, Theme, Language) = (pages, rotation, settings.Theme, language);
        (CelebrateWins, PlaySound) = (settings.CelebrateWins, settings.CelebrateWins && settings.PlaySound);
    }

    private static void CheckScope(DisplaySettings settings)
    {
        var problem = settings.Kind switch
        {
            DisplayKind.Service when settings.TeamId is null => "A service display shows one support team.",
            DisplayKind.Service when settings.PipelineId is not null => "A service display has no pipeline.",
            DisplayKind.Sales when settings.QueueId is not null => "A sales display has no queue.",
            DisplayKind.Sales or DisplayKind.Service => null,
            _ => "Unknown kind of display.",
        };
        if (problem is not null)
        {
            throw new DomainException("Scope.invalid", problem, "Scope");
        }
    }

    private static TimeSpan CheckedRotation(TimeSpan rotation) =>
        rotation >= MinRotation && rotation <= MaxRotation
            ? TimeSpan.FromSeconds(Math.Round(rotation.TotalSeconds))
            : throw new DomainException(
                "Rotation.out-of-range",
                $"Pages turn every {MinRotation.TotalSeconds:0} seconds to {MaxRotation.TotalMinutes:0} minutes.",
                nameof(Rotation));

    private void IssueToken(string tokenHash, DateTime at)
    {
        if (tokenHash is not { Length: TokenHashLength })
        {
            throw new DomainException("Token.invalid", "A token hash is 64 hexadecimal characters.", "Token");
        }

        (TokenHash, TokenIssuedAt) = (tokenHash, Clock.Utc(at));
    }

    private void EnsureNotDeleted()
    {
        if (IsDeleted)
        {
            throw new DomainException("Display.deleted", "The display is deleted.");
        }
    }

    private DisplayChanged ChangedEvent(int version, DateTime at) => new(Id, version, Clock.Utc(at), IsLive);
}
