using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests.Screening;

public sealed class AnswerSheetTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();

    private static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Every session question "no" for both legs and every health question "no": a whole screening without a profile.</summary>
    private static Dictionary<string, string?> AllNo(bool profile = true)
    {
        var answers = new Dictionary<string, string?>();
        foreach (var question in Questionnaire.SessionQuestions)
        {
            foreach (var key in question.PerLeg ? [$"{question.Id}.left", $"{question.Id}.right"] : new[] { question.Id })
            {
                answers[key] = "no";
            }
        }

        foreach (var question in profile ? Questionnaire.ProfileQuestions : [])
        {
            answers[question.Id] = "no";
        }

        return answers;
    }

    private static HealthProfile Stored(int daysAgo) =>
        new(Questionnaire.ProfileQuestions.ToDictionary(q => q.Id, _ => Answer.No), Now.AddDays(-daysAgo));

    private static IReadOnlyList<Domain.Checks.FieldProblem> Problems(Dictionary<string, string?> answers, string?[]? legs = null, HealthProfile? stored = null) =>
        new AnswerSheet(answers, legs ?? ["left", "right"]).Read(Questionnaire, stored, Now).Problems;

    [Fact]
    public void Read_EverythingAnsweredNoWithoutAProfile_TheAnswersBecomeTheProfileAnsweredNow()
    {
        var read = new AnswerSheet(AllNo(), ["right", "left"]).Read(Questionnaire, null, Now);

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal([Leg.Left, Leg.Right], read.Value.Legs);
        Assert.Equal(Now, read.Value.NewProfile!.AnsweredAt);
        Assert.Same(read.Value.NewProfile, read.Value.Profile);
        Assert.Equal(Answer.No, read.Value.Answers.Get(Screener.ProfileChangedId));
        Assert.Equal(Answer.No, read.Value.Answers.Get("sharp-pain", Leg.Right));
    }

    [Fact]
    public void Read_SessionQuestionLeftOut_NamedUnderAnswers()
    {
        var answers = AllNo();
        answers.Remove("calf-red-warm");
        answers.Remove("sharp-pain.right");

        var problems = Problems(answers);

        Assert.Equal(["answers.calf-red-warm", "answers.sharp-pain.right"], problems.Select(p => p.Field).Order());
        Assert.Equal(
            [
                "Answer “Is there a patch on either calf that looks red, or feels warm or hot when you touch it?”: choose yes, no or not sure.",
                "For your right calf, answer “In this calf, do you have sharp or stabbing pain, or signs of a recent injury such as a pop or a sudden pain during activity, or bruising?”: choose yes, no or not sure.",
            ],
            problems.OrderBy(p => p.Field).Select(p => p.Message));
    }

    [Fact]
    public void ReadProfile_QuestionLeftOut_TheMessageNamesItByItsFirstSentence()
    {
        var answers = Questionnaire.ProfileQuestions.ToDictionary(q => q.Id, _ => (string?)"no");
        answers.Remove("recent-surgery-or-immobilisation-or-cancer");

        var problem = Assert.Single(AnswerSheet.ReadProfile(Questionnaire, answers).Problems);

        Assert.Equal("answers.recent-surgery-or-immobilisation-or-cancer", problem.Field);
        Assert.Equal("Answer “In the last three months, have you had an operation, a leg in plaster, or a time in bed or unable to move about much?”: choose yes, no or not sure.", problem.Message);
    }

    [Theory]
    [InlineData("no", "no", Answer.No)]
    [InlineData("yes", "no", Answer.Yes)]
    [InlineData("no", "not-sure", Answer.NotSure)]
    [InlineData("not-sure", "yes", Answer.Yes)]
    public void Read_PlainAnswerToAPerLegQuestion_CountsForEachLegTheMoreSeriousWinning(string plain, string left, Answer counted)
    {
        var answers = AllNo();
        answers.Remove("sharp-pain.right");
        answers["sharp-pain"] = plain;
        answers["sharp-pain.left"] = left;

        var read = new AnswerSheet(answers, ["left", "right"]).Read(Questionnaire, null, Now);

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal(counted, read.Value.Answers.Get("sharp-pain", Leg.Left));
        Assert.Equal(WireNames.Parse<Answer>(plain), read.Value.Answers.Get("sharp-pain", Leg.Right));
    }

    [Theory]
    [InlineData("knee-pain", "no", "answers.knee-pain", "Soleus asks no question")]
    [InlineData("sharp-pain.middle", "no", "answers.sharp-pain.middle", "left or right")]
    [InlineData("pregnant.left", "no", "answers.pregnant.left", "asked once")]
    [InlineData("calf-red-warm", "maybe", "answers.calf-red-warm", "yes, no or not sure")]
    [InlineData("calf-red-warm", null, "answers.calf-red-warm", "yes, no or not sure")]
    [InlineData("calf-red-warm", "Yes", "answers.calf-red-warm", "yes, no or not sure")]
    public void Read_BadKeyOrValue_NamedWithWhatToDo(string key, string? value, string field, string words)
    {
        var answers = AllNo();
        answers[key] = value;

        var problem = Assert.Single(Problems(answers));

        Assert.Equal(field, problem.Field);
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("left left")]
    [InlineData("middle")]
    [InlineData("null")]
    public void Read_LegsNoneRepeatedOrUnknown_NamedOnLegs(string legs)
    {
        string?[] names = [.. legs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(l => l == "null" ? null : l)];

        Assert.Contains(Problems(AllNo(), names), p => p.Field == "legs" && p.Message == Legs.Rule);
    }

    [Fact]
    public void Read_CurrentStoredProfileAndNoHealthAnswers_AsksWhetherAnythingChanged()
    {
        var problems = Problems(AllNo(profile: false), stored: Stored(daysAgo: 30));

        Assert.Equal("answers.profile-changed", Assert.Single(problems).Field);
    }

    [Fact]
    public void Read_CurrentStoredProfileConfirmed_JudgedWithTheStoredProfile()
    {
        var stored = Stored(daysAgo: 30);
        var answers = AllNo(profile: false);
        answers[Screener.ProfileChangedId] = "no";

        var read = new AnswerSheet(answers, ["left"]).Read(Questionnaire, stored, Now);

        Assert.True(read.IsValid);
        Assert.Same(stored, read.Value.Profile);
        Assert.Null(read.Value.NewProfile);
    }

    [Fact]
    public void Read_ExpiredStoredProfile_AsksEveryHealthQuestionAgain()
    {
        var answers = AllNo(profile: false);
        answers[Screener.ProfileChangedId] = "no";

        var problems = Problems(answers, stored: Stored(daysAgo: 400));

        Assert.Equal(Questionnaire.ProfileQuestions.Select(q => $"answers.{q.Id}").Order(), problems.Select(p => p.Field).Order());
    }

    [Fact]
    public void ReadProfile_EveryHealthQuestion_Valid()
    {
        var answers = Questionnaire.ProfileQuestions.ToDictionary(q => q.Id, _ => (string?)"not-sure");

        var read = AnswerSheet.ReadProfile(Questionnaire, answers);

        Assert.True(read.IsValid);
        Assert.All(read.Value.Values, a => Assert.Equal(Answer.NotSure, a));
    }

    [Fact]
    public void ReadProfile_MissingUnknownAndBadValues_EachNamed()
    {
        var answers = Questionnaire.ProfileQuestions.Skip(1).ToDictionary(q => q.Id, _ => (string?)"no");
        answers["sharp-pain"] = "no";
        answers[Questionnaire.ProfileQuestions.Last().Id] = "perhaps";

        var problems = AnswerSheet.ReadProfile(Questionnaire, answers).Problems;

        Assert.Equal(
            new[] { $"answers.{Questionnaire.ProfileQuestions.First().Id}", "answers.sharp-pain", $"answers.{Questionnaire.ProfileQuestions.Last().Id}" }.Order(),
            problems.Select(p => p.Field).Order());
    }
}
