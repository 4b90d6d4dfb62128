namespace Soleus.Web.Pages;

/// <summary>What a form carries from the screening page: the legs the answers were given for, and the answers.</summary>
public sealed record CarriedAnswers(IEnumerable<string> Screened, AnswerForm Answers);
