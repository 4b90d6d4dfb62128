namespace Soleus.Web.Pages;

/// <summary>Marks a page that shows nothing, and runs no handler, until the disclaimer has been read (<see cref="DisclaimerGate"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresDisclaimerAttribute : Attribute;
