using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// A linked clinician's copy of a person's records: the same <see cref="Everything"/> the person's own export gathers,
/// only while the link stands, and written on the person's audit trail with the clinician who took it.
/// </summary>
public sealed class PatientExport(Links links, AccountExport export)
{
    /// <summary>The person's records for the clinician, or null unless the person is linked with them.</summary>
    public async Task<Everything?> Gather(Guid clinicianId, Guid personId, DateTimeOffset now, RequestOrigin origin) =>
        await links.IsLinked(clinicianId, personId) ? await export.Gather(personId, $"fhir, by clinician {clinicianId}", now, origin) : null;
}
