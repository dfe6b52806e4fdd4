using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Common;

public sealed class CrmAppFixtureTests(CrmAppFixture app)
{
    [Fact]
    public void Configuration_Started_UsesTemporarySqliteWithDemoSeed()
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("Sqlite", configuration["Database:Provider"]);
        Assert.StartsWith($"Data Source={Path.GetTempPath()}crm-browser-", configuration["ConnectionStrings:Crm"]);
        Assert.Equal("true", configuration["Seed:Demo"]);
    }

    [Fact]
    public void BaseUrl_Started_IsLoopbackWithRealPort()
    {
        Assert.Equal("127.0.0.1", app.BaseUrl.Host);
        Assert.NotEqual(0, app.BaseUrl.Port);
    }
}
