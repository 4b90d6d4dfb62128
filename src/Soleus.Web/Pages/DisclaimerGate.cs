using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// The page filter that keeps the disclaimer in front: before any handler of a page marked
/// <see cref="RequiresDisclaimerAttribute"/> runs, someone who has not accepted it is sent to the first page, which
/// brings them back to this page's address afterwards.
/// </summary>
public sealed class DisclaimerGate(AccountActions accounts, CurrentAccount account) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerInstance.GetType().GetCustomAttribute<RequiresDisclaimerAttribute>() is not null
            && await DisclaimerConsent.AcceptedAt(context.HttpContext, accounts, account) is null)
        {
            context.Result = new RedirectResult(DisclaimerConsent.Gate(context.HttpContext.Request.Path));
            return;
        }

        await next();
    }
}
