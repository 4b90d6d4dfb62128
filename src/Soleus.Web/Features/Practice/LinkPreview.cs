namespace Soleus.Web.Features.Practice;

/// <summary>Who a link code would link the person with, for the person to read before agreeing.</summary>
public sealed record LinkPreview(string ClinicianEmail, string PracticeName);
