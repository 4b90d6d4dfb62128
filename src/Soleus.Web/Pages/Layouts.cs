namespace Soleus.Web.Pages;

/// <summary>The ViewData keys the shared layout reads.</summary>
public static class Layouts
{
    /// <summary>The page's title, shown in the browser tab before "· Soleus".</summary>
    public const string Title = "Title";

    /// <summary>
    /// Set to true when the page must show nothing but its advice (an emergency verdict): the layout
    /// then leaves out the navigation, so nothing on the page leads on towards a session.
    /// </summary>
    public const string Focus = "Focus";
}
