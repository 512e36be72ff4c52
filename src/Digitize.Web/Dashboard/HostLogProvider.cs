using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace Digitize.Web.Dashboard;

/// <summary>
/// Hangfire's log provider for the portal: the host's loggers, as Hangfire.AspNetCore's own provider, except that a
/// disposed logger factory gives a silent logger instead of an exception. Hangfire keeps its provider in a static, so
/// with several hosts in one process (the tests run several portals) the last one set wins; when that host is
/// disposed, the others' job creation would fail on <see cref="ObjectDisposedException"/> while creating a logger.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new HostLog(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class HostLog(ILogger logger) : ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                HangfireLogLevel.Trace => Microsoft.Extensions.Logging.LogLevel.Trace,
                HangfireLogLevel.Debug => Microsoft.Extensions.Logging.LogLevel.Debug,
                HangfireLogLevel.Info => Microsoft.Extensions.Logging.LogLevel.Information,
                HangfireLogLevel.Warn => Microsoft.Extensions.Logging.LogLevel.Warning,
                HangfireLogLevel.Error => Microsoft.Extensions.Logging.LogLevel.Error,
                _ => Microsoft.Extensions.Logging.LogLevel.Critical,
            };
            if (messageFunc is null)
            {
                return logger.IsEnabled(level);   // Hangfire asks this way whether a level is on
            }
            logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
            return true;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
