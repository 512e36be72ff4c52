using Digitize.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Digitize.Web.Security;

/// <summary>
/// The one place where an error becomes an HTTP answer. An API call gets problem JSON with a status from the error's
/// kind and, for Digitize's own errors, their message (written for users); anything else gets "500" and no detail.
/// A page request falls through to the error page. No stack trace ever reaches a user; the log has it.
/// </summary>
public sealed class PortalExceptionHandler(ILogger<PortalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        int status = StatusFor(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        }
        if (!context.Request.Path.StartsWithSegments(PortalPaths.Api))
        {
            return false;
        }
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = status,
            Title = status >= 500 ? "Lỗi máy chủ" : "Yêu cầu không hợp lệ",
            Detail = exception is DigitizeException && status < 500 || status == StatusCodes.Status503ServiceUnavailable
                ? exception.Message : null,
        }, options: null, contentType: "application/problem+json", cancellationToken);
        return true;
    }

    public static int StatusFor(Exception exception) => exception switch
    {
        DigitizeException { IsPermanent: false } => StatusCodes.Status503ServiceUnavailable,
        DigitizeException { ExitCode: DigitizeExitCode.NotFound } => StatusCodes.Status404NotFound,
        DigitizeException { ExitCode: DigitizeExitCode.BadArguments or DigitizeExitCode.InputFile } => StatusCodes.Status400BadRequest,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
