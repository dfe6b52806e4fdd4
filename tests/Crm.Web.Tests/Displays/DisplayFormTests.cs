using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Web.Displays.Admin;

namespace Crm.Web.Tests.Displays;

public sealed class DisplayFormTests
{
    private readonly FakeDisplayService _service = new();

    [Fact]
    public void New_EnglishUser_StartsASalesDisplayOfTheFirstTeamInEnglish()
    {
        var form = DisplayForm.New(_service.Choices, "en-US");

        Assert.Equal(
            (DisplayKind.Sales, FakeDisplayService.EastSales, Languages.English, 30),
            (form.Kind, form.TeamId, form.Language, form.RotationSeconds));
    }

    [Fact]
    public void ToSettings_EverySalesTeam_SendsNoTeamAndNoPipeline()
    {
        var form = DisplayForm.New(_service.Choices, "zh-CN");
        form.TeamId = Guid.Empty;

        var settings = form.ToSettings();

        Assert.Equal((null, null), (settings.TeamId, settings.PipelineId));
    }

    [Fact]
    public void ToSettings_ServiceDisplay_SendsTheQueueAndNoCelebration()
    {
        var form = DisplayForm.New(_service.Choices, "zh-CN");
        form.ChangeKind(DisplayKind.Service, _service.Choices);
        var queue = form.QueuesOf(_service.Choices)[0].Id;
        form.PartId = queue;
        form.PlaySound = true;

        var settings = form.ToSettings();

        Assert.Equal(
            (FakeDisplayService.Frontline, queue, null), (settings.TeamId, settings.QueueId, settings.PipelineId));
        Assert.False(settings.CelebrateWins || settings.PlaySound);
    }
}
