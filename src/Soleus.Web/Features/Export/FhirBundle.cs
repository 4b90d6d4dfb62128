using System.Text.Json;
using Hl7.Fhir.Model;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Questionnaire = Soleus.Domain.Screening.Questionnaire;
using Soleus.Domain.Sessions;
using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Features.Export;

/// <summary>
/// Everything held about one person as a FHIR R4 Bundle (type collection): a Patient known only by an opaque id,
/// a Procedure per session (stopped, with its reason, when it was stopped), an Observation per rating (tightness or
/// pain, per leg, before or after, part of its session), and a QuestionnaireResponse per kept screening. Every entry's
/// fullUrl is a urn:uuid and every reference points at one of them. It takes a person's id and their
/// <see cref="Everything"/>, so whoever may see that person's records (the person, or a linked clinician) builds the same Bundle.
/// </summary>
public static class FhirBundle
{
    /// <param name="questionnaire">The screening questions, whose stop advice names each stop reason.</param>
    public static Bundle From(Guid personId, Everything everything, Questionnaire questionnaire, Uri app)
    {
        ArgumentNullException.ThrowIfNull(everything);
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(app);
        var local = FhirCodes.Local(app);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = everything.ExportedAt };
        var patient = Add(bundle, new Patient
        {
            Identifier = [new Identifier(new Uri(app, "fhir/person").AbsoluteUri, personId.ToString())],
        });
        foreach (var session in everything.Sessions)
        {
            var procedure = Add(bundle, Procedure(session, patient, app, questionnaire));
            foreach (var rating in session.Ratings)
            {
                foreach (var observation in Ratings(rating, session, local))
                {
                    observation.Subject = patient;
                    observation.PartOf = [procedure];
                    Add(bundle, observation);
                }
            }
        }

        foreach (var screening in everything.Screenings)
        {
            Add(bundle, Screening(screening, patient, local, app));
        }

        return bundle;
    }

    /// <summary>Adds the resource under a new urn:uuid and returns a reference to it.</summary>
    private static ResourceReference Add(Bundle bundle, Resource resource)
    {
        var fullUrl = $"urn:uuid:{Guid.NewGuid()}";
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        return new ResourceReference(fullUrl);
    }

    private static Procedure Procedure(SessionReport session, ResourceReference patient, Uri app, Questionnaire questionnaire)
    {
        var local = FhirCodes.Local(app);
        return new()
        {
            Identifier = [new Identifier(new Uri(app, "fhir/session").AbsoluteUri, session.ClientId.ToString())],
            Status = session.StopReason is null ? EventStatus.Completed : EventStatus.Stopped,
            StatusReason = session.StopReason is { } reason ? Concept(local, WireNames.Name(reason), SessionCheckIn.For(questionnaire, reason).Title) : null,
            Code = Concept(local, "calf-self-massage", "Calf self-massage following the 4-Layer Method"),
            Subject = patient,
            Performed = new Period(new FhirDateTime(session.StartedAt), new FhirDateTime(session.EndedAt)),
            BodySite = [.. session.Legs.Select(l => new CodeableConcept { Coding = [FhirCodes.LowerLeg(l)] })],
            Note = session.Notes is { Length: > 0 } notes ? [new Annotation { Text = notes }] : [],
        };
    }

    /// <summary>The leg's tightness and pain before the session, and after it where they were given.</summary>
    private static IEnumerable<Observation> Ratings(LegRating rating, SessionReport session, string local)
    {
        yield return Rating(Tightness(local), rating.Leg, rating.TightnessBefore, Before(local), session.StartedAt);
        yield return Rating(Pain(), rating.Leg, rating.PainBefore, Before(local), session.StartedAt);
        if (rating.TightnessAfter is { } tightness)
        {
            yield return Rating(Tightness(local), rating.Leg, tightness, After(local), session.EndedAt);
        }

        if (rating.PainAfter is { } pain)
        {
            yield return Rating(Pain(), rating.Leg, pain, After(local), session.EndedAt);
        }
    }

    private static Observation Rating(CodeableConcept code, Leg leg, int value, CodeableConcept when, DateTimeOffset at) => new()
    {
        Status = ObservationStatus.Final,
        Code = code,
        Method = when,
        BodySite = new CodeableConcept { Coding = [FhirCodes.LowerLeg(leg)] },
        Effective = new FhirDateTime(at),
        Value = new Integer(value),
    };

    private static CodeableConcept Pain() => new() { Coding = [FhirCodes.Pain], Text = "Calf pain, 0 (none) to 10 (worst)" };

    private static CodeableConcept Tightness(string local) => Concept(local, "calf-tightness", "Calf tightness, 0 (none) to 10 (worst)");

    private static CodeableConcept Before(string local) => Concept(local, "before-session", "Rated before the session");

    private static CodeableConcept After(string local) => Concept(local, "after-session", "Rated after the session");

    /// <summary>A kept screening: its verdict, then each answer that shaped it (by question and leg) and why it counted.</summary>
    private static QuestionnaireResponse Screening(Everything.Screening screening, ResourceReference patient, string local, Uri app)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = new Uri(app, "fhir/Questionnaire/screening").AbsoluteUri,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = patient,
            Authored = new FhirDateTime(screening.At).ToString(),
        };
        response.Item.Add(Item("verdict", new Coding(local, screening.Verdict)));
        foreach (var reason in screening.Reasons.Deserialize<ScreeningReason[]>(ProtocolJson.Options) ?? [])
        {
            var linkId = reason.Leg is { } leg ? $"{reason.QuestionId}.{WireNames.Name(leg)}" : reason.QuestionId;
            response.Item.Add(Item(linkId, new Coding(local, WireNames.Name(reason.Basis))));
        }

        return response;
    }

    private static QuestionnaireResponse.ItemComponent Item(string linkId, Coding answer) => new()
    {
        LinkId = linkId,
        Answer = [new QuestionnaireResponse.AnswerComponent { Value = answer }],
    };

    private static CodeableConcept Concept(string system, string code, string text) => new() { Coding = [new Coding(system, code)], Text = text };
}
