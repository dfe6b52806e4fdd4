using System.Text;
using Bunit;
using Bunit.JSInterop.InvocationHandlers;
using Microsoft.JSInterop;

namespace Crm.Web.Tests.Export;

/// <summary>
/// Catches the files an export hands to the browser through ./js/download.js: the file name and
/// the bytes, read from the stream before the browser's side is let to finish.
/// </summary>
internal sealed class DownloadCapture
{
    private readonly BunitJSModuleInterop _module;
    private readonly JSRuntimeInvocationHandler _download;

    public DownloadCapture(BunitJSInterop interop)
    {
        _module = interop.SetupModule("./js/download.js");
        _download = _module.SetupVoid("download", _ => true);
    }

    public int Count => _module.Invocations["download"].Count;

    /// <summary>The last file downloaded, its name and its content as UTF-8 text (the BOM kept).</summary>
    public async Task<(string FileName, string Text)> ReadAsync()
    {
        var invocation = _module.Invocations["download"][^1];
        var content = (DotNetStreamReference)invocation.Arguments[2]!;
        using var copy = new MemoryStream();
        await content.Stream.CopyToAsync(copy, Xunit.TestContext.Current.CancellationToken);
        _download.SetVoidResult();

        return ((string)invocation.Arguments[0]!, Encoding.UTF8.GetString(copy.ToArray()));
    }
}
