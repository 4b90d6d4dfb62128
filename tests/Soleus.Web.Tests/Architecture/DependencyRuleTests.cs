using System.Xml.Linq;

namespace Soleus.Web.Tests.Architecture;

public sealed class DependencyRuleTests
{
    private static string Src => Path.Combine(RepositoryRoot.Path, "src");

    [Fact]
    public void WebSources_NameOnlyTheLayersTheirLayerMayReach()
    {
        var files = DependencyRule.Sources(Path.Combine(Src, "Soleus.Web")).ToList();

        Assert.True(files.Count > 100, $"only {files.Count} sources were read");
        Assert.Empty(DependencyRule.Violations(files));
    }

    [Fact]
    public void WebProject_NoGlobalUsingOfItsOwnNamespaces()
    {
        var project = XDocument.Load(Path.Combine(Src, "Soleus.Web", "Soleus.Web.csproj"));

        Assert.DoesNotContain(project.Descendants("Using"), u => (u.Attribute("Include")?.Value ?? "").StartsWith("Soleus.Web", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_ReferencesNoPackageNoProjectAndNothingOfTheWeb()
    {
        var project = XDocument.Load(Path.Combine(Src, "Soleus.Domain", "Soleus.Domain.csproj"));
        var sources = Directory.EnumerateFiles(Path.Combine(Src, "Soleus.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)).ToList();

        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.NotEmpty(sources);
        Assert.All(sources, f => Assert.DoesNotContain("Soleus.Web", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pages/Plan.cshtml.cs", "using Soleus.Web.Api;", "Pages names Api")]
    [InlineData("Api/PlansApi.cs", "var x = typeof(Soleus.Web.Pages.PlanForm);", "Api names Pages")]
    [InlineData("Data/Audit.cs", "using Soleus.Web.Features;", "Data names Features")]
    [InlineData("Data/Audit.cs", "using Soleus.Web.Hosting;", "Data names Hosting")]
    [InlineData("Features/Planning/Plans.cs", "using Soleus.Web.Hosting;", "Features names Hosting")]
    [InlineData("Hosting/CurrentAccount.cs", "using Soleus.Web.Pages;", "Hosting names Pages")]
    [InlineData("Pages/Shared/_Layout.cshtml", "@inject Soleus.Web.Api.Problems P", "Pages names Api")]
    [InlineData("Pages/Index.cshtml.cs", "namespace Soleus.Web.Data;", "declares namespace Soleus.Web.Data in the Pages folder")]
    [InlineData("Features/Global.cs", "global using Soleus.Web.Data;", "global using")]
    [InlineData("Helpers.cs", "namespace Soleus.Web;", "outside every layer folder")]
    public void Violations_PlantedReach_IsFoundAndNamed(string path, string line, string expected)
    {
        var clean = DependencyRule.Sources(Path.Combine(Src, "Soleus.Web")).ToList();
        var planted = clean.Where(f => f.Path != path).Append((path, $"{line}\n")).ToList();

        var violations = DependencyRule.Violations(planted);

        Assert.Contains(violations, v => v.StartsWith(path, StringComparison.Ordinal) && v.Contains(expected, StringComparison.Ordinal));
    }
}
