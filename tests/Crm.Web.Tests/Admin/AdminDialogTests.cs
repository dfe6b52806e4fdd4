using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Admin;
using Crm.Infrastructure.Common;
using Crm.Web.Admin;
using MudBlazor;

namespace Crm.Web.Tests.Admin;

public sealed class AdminDialogTests : AdminTestContext
{
    private static readonly AdminTeamRow Team =
        new(Guid.NewGuid(), 1, "Sales East", Domain.Teams.TeamKind.Sales, "East", null, null, 3);

    [Fact]
    public async Task InviteSubmit_EmailTaken_ShowsErrorNextToEmail()
    {
        Admin.NextError = new DomainException("Email.taken", "taken", "Email");
        var host = await ShowDialogAsync(new DialogParameters<InviteUserDialog> { { d => d.Teams, [Team] } });

        await host.Find("[data-testid=invite-submit]").ClickAsync(new());

        host.WaitForAssertion(() => Assert.Contains("A user with this email already exists.", host.Markup));
    }

    [Fact]
    public async Task InviteSubmit_Valid_SendsTheFormToTheService()
    {
        var host = await ShowDialogAsync(new DialogParameters<InviteUserDialog> { { d => d.Teams, [Team] } });
        host.Find("input[data-testid=user-email]").Change("jane@crm.test");

        await host.Find("[data-testid=invite-submit]").ClickAsync(new());

        Assert.Equal(("jane@crm.test", Team.Id), (Admin.Invitations.Single().Email, Admin.Invitations.Single().TeamId));
    }

    [Fact]
    public async Task EditSubmit_Conflict_ShowsConflictAboveTheForm()
    {
        var user = FakeUserAdminService.User("Li Lei", Team.Id, Team.Name);
        Admin.NextError = new ConcurrencyConflictException("User", user.Id);
        var host = await ShowDialogAsync(
            new DialogParameters<EditUserDialog> { { d => d.User, user }, { d => d.Teams, [Team] } });

        await host.Find("[data-testid=edit-user-submit]").ClickAsync(new());

        host.WaitForAssertion(() => Assert.Contains(
            "Someone else changed", host.Find("[data-testid=edit-user-error]").TextContent));
    }

    [Fact]
    public async Task HandOverSubmit_OneReceiver_ShowsCounts()
    {
        Admin.HandOverResult = new HandOverResult(12, 3);
        var leaver = FakeUserAdminService.User("Li Lei", Team.Id, Team.Name, active: false);
        var receiver = FakeUserAdminService.User("Jane Doe", Team.Id, Team.Name);
        var host = await ShowDialogAsync(
            new DialogParameters<HandOverDialog> { { d => d.From, leaver }, { d => d.Receivers, [receiver] } });

        await host.Find("[data-testid=hand-over-submit]").ClickAsync(new());

        host.WaitForAssertion(() => Assert.Equal(
            "Moved 12 accounts and 3 open follow-ups to Jane Doe.",
            host.Find("[data-testid=hand-over-result]").TextContent.Trim()));
    }

    [Fact]
    public async Task HandOverSubmit_NoReceiverChosen_AsksForOne()
    {
        var leaver = FakeUserAdminService.User("Li Lei", Team.Id, Team.Name, active: false);
        var receivers = new[] { "Jane Doe", "Joe Bloggs" }
            .Select(n => FakeUserAdminService.User(n, Team.Id, Team.Name))
            .ToList();
        var host = await ShowDialogAsync(
            new DialogParameters<HandOverDialog> { { d => d.From, leaver }, { d => d.Receivers, receivers } });

        await host.Find("[data-testid=hand-over-submit]").ClickAsync(new());

        host.WaitForAssertion(() => Assert.Contains("Choose who receives the records.", host.Markup));
    }
}
