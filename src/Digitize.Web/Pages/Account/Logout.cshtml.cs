using Digitize.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages.Account;

/// <summary>Sign-out is a POST (with the anti-forgery token), so that a link on another site cannot sign a user out.</summary>
public sealed class LogoutModel(SignInManager<Digitize.Catalog.Accounts.Account> signIn, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(AuditActions.SignOut, User.Identity?.Name);
        await signIn.SignOutAsync();
        return Redirect(PortalPaths.SignIn);
    }
}
