namespace Soleus.Domain.Screening;

/// <summary>When a question is asked: before every session, or once in the health profile (confirmed each session).</summary>
public enum QuestionScope
{
    Session,
    Profile,
}
