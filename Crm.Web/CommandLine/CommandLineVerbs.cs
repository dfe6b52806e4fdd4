namespace Crm.Web.CommandLine;

/// <summary>
/// Verbs the web app's executable understands besides serving: <c>generate</c> fills the
/// database with scale test data. Program.cs calls <see cref="TryRunAsync"/> first and exits
/// with its code when it returns one.
/// </summary>
internal static class CommandLineVerbs
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;
    public const int Cancelled = 130;

    /// <summary>
    /// Runs the verb named by the first argument and returns its exit code; returns null when
    /// the first argument is not a verb, so the web host starts as usual.
    /// </summary>
    public static async Task<int?> TryRunAsync(string[] args, CancellationToken cancellationToken = default) =>
        args.FirstOrDefault() switch
        {
            GenerateCommand.Verb => await GenerateCommand.RunAsync(args[1..], Console.Out, Console.Error,
                cancellationToken),
            _ => null,
        };
}
