using System.CommandLine;
using Digitize.Core.Errors;
using Digitize.Web;
using Microsoft.Extensions.Hosting;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize serve [--urls URL]</c>: the web portal and the REST API; in the embedded mode the same process runs the
/// workers. Runs until Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = $"Where to listen, e.g. http://0.0.0.0:5080 (default {PortalHost.DefaultUrls}; several separated by ;)",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Run the web portal and the REST API (and, in the embedded mode, the workers)") { Urls };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var settings = GlobalOptions.Settings(parse);
        using var host = PortalHost.CreateHostBuilder(settings, parse.GetValue(Urls) ?? PortalHost.DefaultUrls).Build();
        await host.RunAsync(ct);
        return (int)DigitizeExitCode.Ok;
    }
}
