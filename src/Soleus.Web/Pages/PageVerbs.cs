using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Soleus.Web.Pages;

/// <summary>
/// The methods a page answers: GET and HEAD, and POST where the page has a handler for it. Routing answers 405 to
/// any other method (TRACE, PUT, OPTIONS …) from <see cref="Methods"/>; this filter answers 405 to a POST (or a
/// named handler) the page has no handler for, which would otherwise render the page without running any handler.
/// </summary>
public sealed class PageVerbs : IAsyncPageFilter
{
    public static HttpMethodMetadata Methods { get; } = new([HttpMethods.Get, HttpMethods.Head, HttpMethods.Post]);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return Task.CompletedTask;
        }

        return next();
    }
}
