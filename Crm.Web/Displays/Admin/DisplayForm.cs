using System.Collections.Immutable;
using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Displays;

namespace Crm.Web.Displays.Admin;

/// <summary>
/// What the display dialog edits, field by field. <see cref="Guid.Empty"/> stands for "every
/// sales team" in <see cref="TeamId"/> and for "all of them" in <see cref="PartId"/> (pipeline
/// or queue), so the selects always hold a value.
/// </summary>
public sealed class DisplayForm
{
    public const int DefaultRotationSeconds = 30;

    internal static readonly string[] Fields = ["Name", "Scope", "Pages", "Rotation", "Language"];

    public string Name { get; set; } = "";

    public DisplayKind Kind { get; private set; }

    public Guid TeamId { get; set; }

    /// <summary>Sales: the pipeline; service: the queue.</summary>
    public Guid PartId { get; set; }

    public PeriodKind Period { get; set; } = PeriodKind.Month;

    public List<DisplayPageForm> Pages { get; } = [];

    public int RotationSeconds { get; set; } = DefaultRotationSeconds;

    public DisplayTheme Theme { get; set; } = DisplayTheme.Dark;

    public string Language { get; set; } = Languages.Chinese;

    public bool CelebrateWins { get; set; } = true;

    public bool PlaySound { get; set; }

    /// <summary>A new display of the first kind the user may set up, in their language.</summary>
    public static DisplayForm New(DisplayChoices choices, string language)
    {
        var form = new DisplayForm
        {
            Language = Languages.All.FirstOrDefault(l => l == language) ?? Languages.Chinese,
        };
        form.ChangeKind(choices.Kinds.FirstOrDefault(DisplayKind.Sales), choices);

        return form;
    }

    /// <summary>The form of a display as saved.</summary>
    public static DisplayForm Of(DisplaySettings settings)
    {
        var form = new DisplayForm
        {
            Name = settings.Name, Kind = settings.Kind, TeamId = settings.TeamId ?? Guid.Empty,
            PartId = settings.PipelineId ?? settings.QueueId ?? Guid.Empty, Period = settings.Period,
            RotationSeconds = (int)Math.Round(settings.Rotation.TotalSeconds), Theme = settings.Theme,
            Language = settings.Language, CelebrateWins = settings.CelebrateWins, PlaySound = settings.PlaySound,
        };
        form.Pages.AddRange(settings.Pages.Select(p => new DisplayPageForm(p.Title, p.Panels)));

        return form;
    }

    /// <summary>Panels a new display starts with: the boards a floor of that kind looks at most.</summary>
    public static IReadOnlyList<DisplayPanel> DefaultPanels(DisplayKind kind) => kind == DisplayKind.Sales
        ? [DisplayPanel.Leaderboard, DisplayPanel.TargetGauge, DisplayPanel.SalesFeed, DisplayPanel.Funnel]
        : [DisplayPanel.Queue, DisplayPanel.AtRisk, DisplayPanel.Agents, DisplayPanel.Today];

    /// <summary>The teams of the form's kind the user may choose.</summary>
    public IEnumerable<DisplayTeamChoice> TeamsOf(DisplayChoices choices) => choices.Teams.Where(t => t.Kind == Kind);

    public bool OffersEveryTeam(DisplayChoices choices) => Kind == DisplayKind.Sales && choices.AllSalesTeams;

    /// <summary>The queues of the chosen support team.</summary>
    public IReadOnlyList<DisplayChoice> QueuesOf(DisplayChoices choices) =>
        choices.Teams.FirstOrDefault(t => t.Id == TeamId)?.Queues ?? [];

    /// <summary>A new display switching kind starts over on scope and pages: none of them carry over.</summary>
    public void ChangeKind(DisplayKind kind, DisplayChoices choices)
    {
        Kind = kind;
        var firstTeam = TeamsOf(choices).FirstOrDefault()?.Id;
        TeamId = firstTeam ?? Guid.Empty;
        PartId = Guid.Empty;
        Pages.Clear();
        Pages.Add(new DisplayPageForm(null, [.. DefaultPanels(kind)]));
    }

    /// <summary>Another team has other queues: the queue goes back to all of them.</summary>
    public void ChangeTeam(Guid teamId)
    {
        TeamId = teamId;
        if (Kind == DisplayKind.Service)
        {
            PartId = Guid.Empty;
        }
    }

    public DisplaySettings ToSettings()
    {
        var sales = Kind == DisplayKind.Sales;
        var part = PartId == Guid.Empty ? (Guid?)null : PartId;
        ImmutableArray<DisplayPage> pages = [.. Pages.Select(p => new DisplayPage(p.Title, [.. p.Panels]))];

        return new DisplaySettings(Name, Kind, TeamId == Guid.Empty ? null : TeamId, pages, Language)
        {
            PipelineId = sales ? part : null,
            QueueId = sales ? null : part,
            Period = Period,
            Rotation = TimeSpan.FromSeconds(RotationSeconds),
            Theme = Theme,
            CelebrateWins = sales && CelebrateWins,
            PlaySound = sales && CelebrateWins && PlaySound,
        };
    }
}

/// <summary>One page in the editor: its title and its panels in reading order.</summary>
public sealed class DisplayPageForm(string? title, IEnumerable<DisplayPanel> panels)
{
    public string? Title { get; set; } = title;

    public List<DisplayPanel> Panels { get; } = [.. panels];
}
