using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Wall;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Displays.Service;

/// <summary>What every service panel shares: the board it draws and the display's words and numbers.</summary>
public abstract class ServicePanelBase : ComponentBase
{
    [Parameter, EditorRequired]
    public ServiceBoard Board { get; set; } = default!;

    [CascadingParameter]
    public WallCulture Wall { get; set; } = default!;

    protected string T(string key) => Wall.Text<ServiceWallText>(key);

    protected string Format(string key, params object[] values) => Wall.Format<ServiceWallText>(key, values);
}
