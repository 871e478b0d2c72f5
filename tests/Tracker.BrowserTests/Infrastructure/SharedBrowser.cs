namespace Tracker.BrowserTests.Infrastructure;

/// <summary>One host and one browser for the test classes that can share them (they keep apart by their own ids).</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<SharedBrowserHost>
{
    public const string Name = "browser";
}

public sealed class SharedBrowserHost : BrowserHost;
