namespace Soleus.Web.Hosting;

/// <summary>The app's own address as the request reached it ("https://soleus.example.org/"), for links that leave the app.</summary>
public static class AppAddress
{
    public static Uri Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }
}
