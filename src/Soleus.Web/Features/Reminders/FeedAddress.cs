namespace Soleus.Web.Features.Reminders;

/// <summary>A feed's secret address, over https and as webcal (which calendar apps open to subscribe), shown only when it is made.</summary>
public sealed record FeedAddress(Uri Url, Uri Webcal)
{
    /// <param name="app">The app's own address, which the feed's is under.</param>
    public static FeedAddress For(Uri app, string token)
    {
        var url = new Uri(app, $"calendar/{token}.ics");
        return new(url, new UriBuilder(url) { Scheme = "webcal", Port = url.IsDefaultPort ? -1 : url.Port }.Uri);
    }
}
