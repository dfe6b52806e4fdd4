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
    private readonly TaskCompletionSource<JSRuntimeInvocation> _invoked =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly JSRuntimeInvocationHandler _download;

    public DownloadCapture(BunitJSInterop interop)
    {
        var module = interop.SetupModule("./js/download.js");
        _download = module.SetupVoid("download", invocation =>
        {
            _invoked.TrySetResult(invocation);
            return true;
        });
    }

    /// <summary>
    /// The file downloaded (waiting until the export has reached the browser's side), its name and
    /// its content as UTF-8 text (the BOM kept).
    /// </summary>
    public async Task<(string FileName, string Text)> ReadAsync()
    {
        var token = Xunit.TestContext.Current.CancellationToken;
        var invocation = await _invoked.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
        var content = (DotNetStreamReference)invocation.Arguments[2]!;
        using var copy = new MemoryStream();
        await content.Stream.CopyToAsync(copy, token);
        _download.SetVoidResult();

        return ((string)invocation.Arguments[0]!, Encoding.UTF8.GetString(copy.ToArray()));
    }
}
