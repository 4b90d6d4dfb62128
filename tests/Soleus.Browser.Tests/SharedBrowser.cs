namespace Soleus.Browser.Tests;

/// <summary>
/// Every browser test class joins this collection, so they share one app server and one Chromium and run one after
/// another (the machine has two cores; Chromium and the server already use both).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
