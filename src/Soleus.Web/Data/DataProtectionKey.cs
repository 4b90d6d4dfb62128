namespace Soleus.Web.Data;

/// <summary>One key of the ASP.NET Core Data Protection key ring, shared by every app instance through the database.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}
