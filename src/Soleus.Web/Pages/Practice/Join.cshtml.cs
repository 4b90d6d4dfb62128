using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Practice;

/// <summary>Joins a practice with an invitation's code and the invited email, as a new account or the account's own.</summary>
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class JoinModel(Practices practices, CurrentAccount account, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await practices.Join(Code ?? "", new Credentials(Email?.Trim() ?? "", Password ?? ""), time.GetUtcNow(), account.Origin);
        if (result.Session is not { } session)
        {
            Errors.Add(result.RetryAt is { } at ? [new("password", Labels.TryAgainAfter(at))] : result.Problems);
            return Page();
        }

        await CookieSignIn.Issue(HttpContext, session);
        return LocalRedirect("/practice");
    }
}
