using System.Text.Json;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Api;

/// <summary>
/// Turns the API's answer map into screening answers and a health profile, collecting every problem by field.
/// Every session question must be answered (per leg for each leg asked), and the health profile must be either
/// answered here or stored, with "profile-changed" answered. The screener itself would count a gap as "not sure";
/// the API asks for completeness so that a client learns what it left out.
/// </summary>
public sealed class ScreeningInput
{
    private static readonly Dictionary<string, Answer> Values = new()
    {
        ["yes"] = Answer.Yes,
        ["no"] = Answer.No,
        ["not-sure"] = Answer.NotSure,
    };

    public ScreeningAnswers Answers { get; private set; } = ScreeningAnswers.None;

    public HealthProfile? Profile { get; private set; }

    public Dictionary<string, string[]> Errors { get; } = [];

    /// <param name="stored">The signed-in person's stored profile, if any.</param>
    public static ScreeningInput Parse(Questionnaire questionnaire, IReadOnlyDictionary<string, JsonElement>? answers, IReadOnlyList<Leg>? legs, HealthProfile? stored, DateTimeOffset now)
    {
        var input = new ScreeningInput();
        if (legs is null || legs.Count == 0)
        {
            input.Errors["legs"] = ["Choose at least one leg: \"left\", \"right\" or both."];
        }

        answers ??= new Dictionary<string, JsonElement>();
        var profileAnswers = new Dictionary<string, Answer>();
        foreach (var (id, value) in answers)
        {
            if (id == Screener.ProfileChangedId)
            {
                input.Take(id, value, answer => input.Answers = input.Answers.With(id, answer));
                continue;
            }

            var question = questionnaire.Questions.FirstOrDefault(q => q.Id == id);
            if (question is null)
            {
                input.Errors[$"answers.{id}"] = ["Unknown question id; GET /api/screening/questions lists them."];
            }
            else if (question.Scope == QuestionScope.Profile)
            {
                input.Take(id, value, answer => profileAnswers[id] = answer);
            }
            else if (question.PerLeg)
            {
                input.TakePerLeg(question, value);
            }
            else
            {
                input.Take(id, value, answer => input.Answers = input.Answers.With(id, answer));
            }
        }

        input.CheckComplete(questionnaire, answers, legs ?? [], stored, profileAnswers);
        if (profileAnswers.Count > 0 && input.Answers.Get(Screener.ProfileChangedId) is null)
        {
            // The profile is answered in this very request: nothing can have changed since.
            input.Answers = input.Answers.With(Screener.ProfileChangedId, Answer.No);
        }

        input.Profile = profileAnswers.Count > 0 ? new HealthProfile(profileAnswers, now) : stored;
        return input;
    }

    private void CheckComplete(Questionnaire questionnaire, IReadOnlyDictionary<string, JsonElement> answers, IReadOnlyList<Leg> legs, HealthProfile? stored, Dictionary<string, Answer> profileAnswers)
    {
        foreach (var question in questionnaire.SessionQuestions.Where(q => !answers.ContainsKey(q.Id)))
        {
            Errors[$"answers.{question.Id}"] = [question.PerLeg ? "Missing: answer for each leg, e.g. {\"left\": \"no\", \"right\": \"no\"}." : "Missing: answer yes, no or not-sure."];
        }

        foreach (var question in questionnaire.SessionQuestions.Where(q => q.PerLeg && answers.ContainsKey(q.Id)))
        {
            foreach (var leg in legs.Where(l => Answers.Get(question.Id, l) is null && !Errors.ContainsKey($"answers.{question.Id}")))
            {
                Errors[$"answers.{question.Id}.{Name(leg)}"] = ["Missing: answer yes, no or not-sure for this leg."];
            }
        }

        if (profileAnswers.Count > 0 || stored is null)
        {
            foreach (var question in questionnaire.ProfileQuestions.Where(q => !profileAnswers.ContainsKey(q.Id) && !Errors.ContainsKey($"answers.{q.Id}")))
            {
                Errors[$"answers.{question.Id}"] = ["Missing: the health profile questions are answered all together (yes, no or not-sure)."];
            }
        }
        else if (!answers.ContainsKey(Screener.ProfileChangedId))
        {
            Errors[$"answers.{Screener.ProfileChangedId}"] = ["Missing: has anything changed in your health since your profile? Answer yes, no or not-sure."];
        }
    }

    private void Take(string field, JsonElement value, Action<Answer> store)
    {
        if (value.ValueKind == JsonValueKind.String && Values.TryGetValue(value.GetString()!, out var answer))
        {
            store(answer);
        }
        else
        {
            Errors[$"answers.{field}"] = ["Expected \"yes\", \"no\" or \"not-sure\"."];
        }
    }

    private void TakePerLeg(Question question, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Errors[$"answers.{question.Id}"] = ["This question is asked for each leg: expected {\"left\": …, \"right\": …}."];
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            var leg = Enum.GetValues<Leg>().Cast<Leg?>().FirstOrDefault(l => Name(l!.Value) == property.Name);
            if (leg is null)
            {
                Errors[$"answers.{question.Id}.{property.Name}"] = ["Expected the leg \"left\" or \"right\"."];
                continue;
            }

            Take($"{question.Id}.{property.Name}", property.Value, answer => Answers = Answers.With(question.Id, leg.Value, answer));
        }
    }

    private static string Name(Leg leg) => leg == Leg.Left ? "left" : "right";
}
