using Hl7.Fhir.Model;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Features.Export;

/// <summary>
/// The codes the FHIR export uses: LOINC 72514-3 for pain (0–10 numeric rating, reported), SNOMED CT for each lower leg,
/// and Soleus's own code system, under the app's address, for what has no standard code (tightness, before or after a
/// session, the session itself, its stop reasons, verdicts and why an answer counted). docs/fhir-export.md lists them.
/// </summary>
public static class FhirCodes
{
    public const string Loinc = "http://loinc.org";

    public const string Snomed = "http://snomed.info/sct";

    public static Coding Pain { get; } = new(Loinc, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported");

    public static Coding LowerLeg(Leg leg) => leg switch
    {
        Leg.Left => new(Snomed, "48979004", "Structure of left lower leg"),
        Leg.Right => new(Snomed, "32696007", "Structure of right lower leg"),
    };

    /// <summary>Soleus's own code system: the app's address with /fhir/CodeSystem/soleus.</summary>
    public static string Local(Uri app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Uri(app, "fhir/CodeSystem/soleus").AbsoluteUri;
    }
}
