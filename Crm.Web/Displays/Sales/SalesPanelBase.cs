using Crm.Domain.Forecasting;
using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Wall;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Displays.Sales;

/// <summary>
/// What every sales panel shares: the board it draws and the display's words, numbers and
/// money (never the circuit's culture).
/// </summary>
public abstract class SalesPanelBase : ComponentBase
{
    [Parameter, EditorRequired]
    public SalesBoard Board { get; set; } = default!;

    [CascadingParameter]
    public WallCulture Wall { get; set; } = default!;

    /// <summary>"this month" or "this quarter", for titles.</summary>
    protected string PeriodName =>
        T(Board.Scope.Period == PeriodKind.Quarter ? "Period.Quarter" : "Period.Month");

    protected string T(string key) => Wall.Text<SalesWallText>(key);

    protected string Format(string key, params object[] values) => Wall.Format<SalesWallText>(key, values);

    /// <summary>An amount of the board's base currency, compact ("¥125万", "¥1.3M").</summary>
    protected string Money(long minorUnits) => Wall.Money(minorUnits, Board.BaseCurrency);
}
