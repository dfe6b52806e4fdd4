using System.Globalization;
using Crm.Web.Common;

namespace Crm.Web.Tests.Common;

public sealed class CoalescedRefreshTests
{
    // A read model's worker asks for the refresh from a thread in no user's culture; the screen
    // re-renders in the language it was opened in.
    [Fact]
    public async Task Request_FromAThreadInAnotherCulture_RefreshesInTheScreensCulture()
    {
        var seen = new TaskCompletionSource<string>();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        using var refresh = new CoalescedRefresh(() =>
        {
            seen.TrySetResult($"{CultureInfo.CurrentCulture.Name}/{CultureInfo.CurrentUICulture.Name}");

            return Task.CompletedTask;
        }, TimeSpan.Zero);

        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            refresh.Request();
        }, TestContext.Current.CancellationToken);

        Assert.Equal("zh-CN/zh-CN", await seen.Task.WaitAsync(TestContext.Current.CancellationToken));
    }
}
