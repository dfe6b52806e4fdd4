using Bunit;
using Crm.Infrastructure.Attachments;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Attachments;

public sealed class AttachmentPickerChineseTests : CrmTestContext
{
    public AttachmentPickerChineseTests()
        : base("zh-CN") => Services.AddSingleton<IAttachmentService>(new FakeAttachmentService());

    [Fact]
    public void Upload_DisallowedType_ExplainsInChinese()
    {
        var cut = Render<ReplyWithAttachments>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("<script>", "报价单.html"));

        cut.WaitForAssertion(() => Assert.Equal(
            "无法添加 报价单.html：不支持此类型的文件。",
            cut.Find("[data-testid=attachment-refused]").TextContent.Trim()));
    }
}
