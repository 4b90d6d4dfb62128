using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Domain.Screening;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Profile;

/// <summary>A person's health profile: read it, and keep the answers they give (from the profile page, the API or a screening).</summary>
public sealed class Profiles(SoleusDb db, Questionnaire questionnaire)
{
    /// <summary>The person's stored health profile, or null when there is none.</summary>
    public async Task<HealthProfile?> Load(Guid accountId)
    {
        var stored = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId);
        return stored?.ToProfile();
    }

    /// <summary>True when there is no profile to screen with: none stored, or it has expired.</summary>
    public bool NeedsAnswers(HealthProfile? profile, DateTimeOffset now) =>
        profile is null || profile.IsExpired(questionnaire.Profile.ValidMonths, now);

    /// <summary>Reads a whole profile as sent (every health question answered) and keeps it, answered now.</summary>
    public async Task<Checked<HealthProfile>> Answer(Guid accountId, IReadOnlyDictionary<string, string?> answers, DateTimeOffset now)
    {
        var read = AnswerSheet.ReadProfile(questionnaire, answers);
        if (!read.IsValid)
        {
            return Checked.Invalid<HealthProfile>(read.Problems);
        }

        var profile = new HealthProfile(read.Value, now);
        await Keep(accountId, profile);
        return Checked.Valid(profile);
    }

    /// <summary>Stores the profile as the person's (a new profile replaces the old one).</summary>
    public async Task Keep(Guid accountId, HealthProfile profile)
    {
        var stored = await db.Profiles.SingleOrDefaultAsync(p => p.AccountId == accountId);
        if (stored is null)
        {
            stored = new StoredProfile { AccountId = accountId, Answers = "" };
            db.Profiles.Add(stored);
        }

        stored.Store(profile);
        await db.SaveChangesAsync();
    }
}
