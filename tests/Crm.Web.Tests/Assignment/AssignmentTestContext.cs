using Bunit;
using Crm.Infrastructure.Assignment;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Assignment;

/// <summary>The shared bUnit context with in-memory rule administration and engine.</summary>
public abstract class AssignmentTestContext : CrmTestContext
{
    protected AssignmentTestContext(string culture = "en-US")
        : base(culture)
    {
        Services.AddSingleton<IAssignmentRuleService>(RuleService);
        Services.AddSingleton<IAssignmentEngine>(Engine);
    }

    public FakeAssignmentRuleService RuleService { get; } = new();

    public FakeAssignmentEngine Engine { get; } = new();

    /// <summary>Where the page's dialogs render, once <see cref="RenderPage"/> ran.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>The page with the hosts its selects and dialogs render into.</summary>
    protected IRenderedComponent<Web.Assignment.AssignmentRulesPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();

        return Render<Web.Assignment.AssignmentRulesPage>();
    }
}
