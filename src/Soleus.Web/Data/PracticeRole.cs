namespace Soleus.Web.Data;

/// <summary>What an account does in its practice: an administrator invites clinicians; a clinician links with people and sees what they agreed to show.</summary>
public enum PracticeRole
{
    Clinician,
    Administrator,
}
