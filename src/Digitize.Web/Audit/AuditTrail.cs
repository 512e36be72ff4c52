using Digitize.Catalog.Audit;
using Digitize.Web.Accounts;
using Microsoft.AspNetCore.Http;

namespace Digitize.Web.Audit;

/// <summary>What the portal writes to the audit log: the action names, in one list.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in.failed";
    public const string SignOut = "sign-out";
    public const string Search = "search";
    public const string OpenDocument = "document.open";
    public const string DownloadDocument = "document.download";
    public const string ReadDossier = "dossier.read";
    public const string Upload = "upload";
    public const string Retry = "retry";
    public const string Correct = "review.correct";
    public const string Denied = "denied";
    public const string CreateAccount = "account.create";
    public const string ResetPassword = "account.password";
    public const string IssueApiKey = "apikey.issue";
    public const string RevokeApiKey = "apikey.revoke";
}

/// <summary>Records what the current caller did, with their name, address and the time.</summary>
public sealed class AuditTrail(IAuditLog log, IHttpContextAccessor http, TimeProvider clock)
{
    public Task RecordAsync(string action, string? target, string? detail = null, string? actor = null,
        CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        var entry = new AuditEntry(Guid.CreateVersion7().ToString(), clock.GetUtcNow(),
            actor ?? context?.User.Actor() ?? "system", action, target, detail, context?.Connection.RemoteIpAddress?.ToString());
        return log.AppendAsync(entry, cancellationToken);
    }
}
