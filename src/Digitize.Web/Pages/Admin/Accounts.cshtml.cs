using Digitize.Catalog.Accounts;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Digitize.Web.Accounts;
using Digitize.Web.ApiKeys;
using Digitize.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages.Admin;

/// <summary>
/// Accounts and client systems, for the Admin: make an account (the Admin types the first password and gives it to the
/// person), set a password (which also ends a lock-out), issue a client system's API key (shown once) and revoke one.
/// Every change is audited.
/// </summary>
[Authorize(Policy = PortalPolicies.Admin)]
public sealed class AccountsModel(AccountAdministration accounts, ApiKeyIssuer keys, AuditTrail audit) : PageModel
{
    public IReadOnlyList<Digitize.Catalog.Accounts.Account> Accounts { get; private set; } = [];

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    /// <summary>A key just issued: shown on this response only.</summary>
    public string? NewKey { get; private set; }

    public static IReadOnlyList<(AccountRole Role, string Label)> Roles { get; } =
        [(AccountRole.Official, "Cán bộ tra cứu"), (AccountRole.ArchiveStaff, "Cán bộ lưu trữ"), (AccountRole.Admin, "Quản trị viên")];

    public static IReadOnlyList<(Confidentiality Level, string Label)> Clearances { get; } =
        [(Confidentiality.Public, "Thường"), (Confidentiality.Mat, "Mật"), (Confidentiality.ToiMat, "Tối mật"), (Confidentiality.TuyetMat, "Tuyệt mật")];

    public static string RoleLabel(AccountRole role) => Roles.First(r => r.Role == role).Label;

    public static string ClearanceLabel(Confidentiality level) => Clearances.First(c => c.Level == level).Label;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? password, AccountRole role,
        Confidentiality clearance, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var account = await accounts.CreateAsync(userName ?? "", password ?? "", role, clearance, displayName, ct);
            await audit.RecordAsync(AuditActions.CreateAccount, account.UserName, $"{account.Role}, {account.Clearance}", cancellationToken: ct);
            Message = $"Đã tạo tài khoản {account.UserName}.";
        }, ct);

    public Task<IActionResult> OnPostPasswordAsync(string? userName, string? password, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await accounts.SetPasswordAsync(userName ?? "", password ?? "", ct);
            await audit.RecordAsync(AuditActions.ResetPassword, userName, cancellationToken: ct);
            Message = $"Đã đặt mật khẩu mới cho {userName}.";
        }, ct);

    public Task<IActionResult> OnPostIssueKeyAsync(string? clientName, AccountRole role, Confidentiality clearance, CancellationToken ct) =>
        RunAsync(async () =>
        {
            if (role == AccountRole.Admin)
            {
                throw new BadArgumentsException("một hệ thống kết nối không thể có quyền quản trị");
            }
            NewKey = await keys.IssueAsync(clientName ?? "", role, clearance, ct);
            await audit.RecordAsync(AuditActions.IssueApiKey, clientName, $"{role}, {clearance}", cancellationToken: ct);
            Message = $"Đã cấp khóa API cho {clientName}. Khóa chỉ hiển thị một lần.";
        }, ct);

    public Task<IActionResult> OnPostRevokeKeyAsync(string? clientName, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await keys.RevokeAsync(clientName ?? "", ct);
            await audit.RecordAsync(AuditActions.RevokeApiKey, clientName, cancellationToken: ct);
            Message = $"Đã thu hồi khóa API của {clientName}.";
        }, ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
        }
        catch (DigitizeException ex) when (ex is BadArgumentsException or NotFoundException)
        {
            Error = ex.Message;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await accounts.ListAsync(ct);
        Clients = await keys.ListAsync(ct);
    }
}
