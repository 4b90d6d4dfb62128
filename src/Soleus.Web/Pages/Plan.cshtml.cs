using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Planning;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// The plan page's builder, which changes the choices of a plan made on the questions page. It never trusts a
/// verdict from the form: every POST has the carried answers judged again (<see cref="PlanForm"/>), and only that
/// screening reaches the planner. A form whose answers hold a red flag, or that asks for a leg the screening did not
/// clear, cannot come out with a plan for it.
/// </summary>
[RequiresDisclaimer]
public sealed class PlanModel(Plans plans, CurrentAccount account, TimeProvider time) : PageModel
{
    /// <summary>The posted form, judged and planned again; null on a plain visit.</summary>
    public PlanForm? Form { get; private set; }

    public bool SignedIn => account.SignedIn;

    public void OnGet()
    {
    }

    /// <summary>The builder's form: judge again, check the fields, plan.</summary>
    public async Task OnPostAsync()
    {
        Form = await PlanForm.Build(Request.Form, plans, account, time.GetUtcNow(), answeredNow: false);
        ViewData[Layouts.Focus] = Form.Screening?.Verdict is Verdict.Emergency;
    }
}
