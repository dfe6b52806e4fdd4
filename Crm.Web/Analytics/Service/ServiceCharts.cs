using System.Globalization;
using Crm.Domain.Analytics.Service;
using Crm.Infrastructure.Analytics.Service;
using Crm.Web.Charts;
using Crm.Web.Tickets;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Analytics.Service;

/// <summary>
/// Turns the service dashboard's figures into the charts' models and the tables beside them.
/// Durations read in working time: "45 min", "2 h 30 min", "3 d 4 h".
/// </summary>
public sealed class ServiceCharts(
    ServiceDashboard dashboard, IStringLocalizer<AnalyticsText> text, IStringLocalizer<TicketText> ticketText)
{
    // From very dissatisfied to very satisfied.
    private static readonly string[] RatingColors = ["#d32f2f", "#f57c00", "#fbc02d", "#7cb342", "#2e7d32"];

    public int Opened => dashboard.ByChannel.Sum(c => c.Count);

    public int OpenAtEnd => dashboard.Backlog.Count > 0 ? dashboard.Backlog[^1].Open : 0;

    public IReadOnlyList<HeatMapCell> HeatMap() =>
        HourOfWeek.Rows.SelectMany(day => Enumerable.Range(0, 24).Select(hour =>
            new HeatMapCell(ServiceSegmentKeys.HourOfWeek(day, hour), day, hour, dashboard.HeatMap.Count(day, hour))))
            .ToList();

    public ChartTable HeatMapTable() => new(
        text["Service.HeatMap"],
        [text["Service.Day"], .. Enumerable.Range(0, 24).Select(h => h.ToString("00", CultureInfo.InvariantCulture))],
        HourOfWeek.Rows.Select(day => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(day)),
            .. Enumerable.Range(0, 24).Select(hour => TableCell.Integer(dashboard.HeatMap.Count(day, hour))),
        ]).ToList());

    public IReadOnlyList<ChartSeries> Channels() =>
    [
        new("channel", text["Service.Count"], dashboard.ByChannel
            .Select(c => new ChartPoint(c.Channel.ToString(), ticketText[$"Channel.{c.Channel}"], c.Count))
            .ToList()),
    ];

    public ChartTable ChannelsTable() => CountTable(text["Service.ByChannel"], text["Service.Channel"],
        dashboard.ByChannel.Select(c => (ticketText[$"Channel.{c.Channel}"].Value, c.Count)));

    public IReadOnlyList<ChartSeries> Categories() =>
    [
        new("category", text["Service.Count"], dashboard.ByCategory
            .Select(c => new ChartPoint(c.Category.ToString(), ticketText[$"Category.{c.Category}"], c.Count))
            .ToList()),
    ];

    public ChartTable CategoriesTable() => CountTable(text["Service.ByCategory"], text["Service.Category"],
        dashboard.ByCategory.Select(c => (ticketText[$"Category.{c.Category}"].Value, c.Count)));

    public IReadOnlyList<ChartSeries> Backlog() =>
    [
        new("backlog", text["Service.BacklogSeries"], dashboard.Backlog
            .Select(d => new ChartPoint(ServiceSegmentKeys.BacklogDay(d.Day),
                d.Day.ToString("M/d", CultureInfo.CurrentCulture), d.Open))
            .ToList()),
    ];

    public ChartTable BacklogTable() => new(
        text["Service.Backlog"],
        [text["Service.BacklogDay"], text["Service.BacklogSeries"]],
        dashboard.Backlog.Select(d => (IReadOnlyList<TableCell>)[TableCell.Date(d.Day), TableCell.Integer(d.Open)])
            .ToList());

    /// <summary>One series per rating, stacked per agent: how many 1s to 5s each received.</summary>
    public IReadOnlyList<ChartSeries> Agents() =>
        Enumerable.Range(1, 5).Select(stars => new ChartSeries(
            $"stars-{stars}",
            string.Format(text["Service.Stars"], stars),
            dashboard.Satisfaction.Select(a => new ChartPoint(
                ServiceSegmentKeys.Satisfaction(a.AssigneeId, stars), AgentName(a), a.Distribution[stars - 1]))
                .ToList(),
            RatingColors[stars - 1])).ToList();

    public ChartTable AgentsTable() => new(
        text["Service.Agents"],
        [text["Service.Agent"], text["Service.Ratings"], text["Service.Average"],
            .. Enumerable.Range(1, 5).Select(s => string.Format(text["Service.Stars"], s))],
        dashboard.Satisfaction.Select(a => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(AgentName(a)),
            TableCell.Integer(a.Count),
            TableCell.Decimal(a.Average, a.Average.ToString("0.00", CultureInfo.CurrentCulture)),
            .. a.Distribution.Select(n => TableCell.Integer(n)),
        ]).ToList());

    public ChartTable TimesTable() => new(
        text["Service.Times"],
        [text["Service.Measure"], text["Service.Measured"], text["Service.Median"], text["Service.P90"]],
        [
            TimesRow(text["Service.TimeFirst"], dashboard.FirstResponse),
            TimesRow(text["Service.TimeResolution"], dashboard.Resolution),
            TimesRow(text["Service.TimeComplaint"], dashboard.ComplaintHandling),
        ]);

    public string Duration(TimeSpan? span) => span switch
    {
        null => text["Common.Undefined"],
        { TotalDays: >= 1 } value => string.Format(text["Service.Days"], (int)value.TotalDays, value.Hours),
        { TotalHours: >= 1 } value => string.Format(text["Service.Hours"], (int)value.TotalHours, value.Minutes),
        { } value => string.Format(text["Service.Minutes"], (int)Math.Round(value.TotalMinutes)),
    };

    public string Rate(decimal? share) =>
        share?.ToString("P1", CultureInfo.CurrentCulture) ?? text["Common.Undefined"];

    /// <summary>The agent's name, or "In a queue" for tickets no agent holds.</summary>
    public string AgentName(Guid? assigneeId) =>
        assigneeId is null ? text["Service.InQueue"] : dashboard.AgentName(assigneeId);

    private string AgentName(AgentSatisfaction agent) => AgentName(agent.AssigneeId);

    private IReadOnlyList<TableCell> TimesRow(string measure, DurationSummary summary) =>
    [
        TableCell.Text(measure),
        TableCell.Integer(summary.Count),
        Minutes(summary.Median),
        Minutes(summary.Percentile90),
    ];

    private TableCell Minutes(TimeSpan? span) =>
        span is { } value ? TableCell.Decimal(Math.Round((decimal)value.TotalMinutes, 1), Duration(value))
            : TableCell.Text(text["Common.Undefined"]);

    private ChartTable CountTable(string title, string label, IEnumerable<(string Name, int Count)> rows) =>
        new(title, [label, text["Service.Count"]], rows.Select(r =>
            (IReadOnlyList<TableCell>)[TableCell.Text(r.Name), TableCell.Integer(r.Count)]).ToList());
}
