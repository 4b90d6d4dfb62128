namespace Soleus.Web.Pages;

/// <summary>A page to return to after signing in or accepting the disclaimer: followed only when it is a path of this site.</summary>
public static class ReturnPath
{
    /// <summary>
    /// The path when it is local ("/screening") and plain visible ASCII, as a Location header must be; otherwise null
    /// (no "//host", no "/\host", no scheme, no space, control or non-ASCII character).
    /// </summary>
    public static string? Safe(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal)
            && url.All(c => c is > ' ' and < '\u007f')
            ? url
            : null;
}
