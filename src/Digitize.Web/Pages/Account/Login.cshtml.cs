using Digitize.Catalog.Accounts;
using Digitize.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages.Account;

/// <summary>Sign-in with a user name and password; lock-out after repeated failures (Identity), rate-limited per address.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<Digitize.Catalog.Accounts.Account> signIn, AuditTrail audit) : PageModel
{
    public string? Message { get; private set; }

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        UserName = userName;
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            Message = "Nhập tên đăng nhập và mật khẩu.";
            return Page();
        }
        string name = userName.Trim().Normalize();
        var result = await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignIn, name, actor: name);
            return LocalRedirect(ReturnUrl);
        }
        await audit.RecordAsync(AuditActions.SignInFailed, name, result.IsLockedOut ? "locked out" : "wrong name or password", actor: name);
        // The same message for an unknown name and a wrong password: the page does not tell which names exist.
        Message = result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau."
            : "Tên đăng nhập hoặc mật khẩu không đúng.";
        return Page();
    }

    private string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
}
