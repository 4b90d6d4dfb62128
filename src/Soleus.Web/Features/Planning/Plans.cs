using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Data;
using Soleus.Web.Features.Screening;

namespace Soleus.Web.Features.Planning;

/// <summary>
/// Planning a session, the same through the questions page, the plan page, the player page and the API: screen the
/// answers (the plan never takes a verdict from the caller), then plan from the choices with the domain's planner and
/// expand the plan into its timeline (<see cref="Timelines"/>, built once per distinct plan). Answers the person has
/// just given are kept as a screening; answers a form carries from an earlier screening are judged again and keep
/// nothing. The choices of a signed-in person's plan are kept with their account, to be offered again next time.
/// </summary>
public sealed class Plans(SoleusDb db, Protocol protocol, Screenings screenings, Timelines timelines)
{
    /// <returns>The attempt, or the problems with the answers when they cannot be judged.</returns>
    public async Task<Checked<PlanAttempt>> Create(AnswerSheet answers, PlanChoices choices, Guid? accountId, DateTimeOffset now, RequestOrigin origin, bool answeredNow)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var screening = answeredNow ? await screenings.Screen(answers, accountId, now, origin) : await screenings.Rejudge(answers, accountId, now);
        if (!screening.IsValid)
        {
            return Checked.Invalid<PlanAttempt>(screening.Problems);
        }

        var result = Planner.Plan(protocol, screening.Value, choices);
        if (result.IsPlanned && accountId is { } account)
        {
            var kept = KeptChoices.Write(choices);
            await db.Accounts.Where(a => a.Id == account && a.LastPlan != kept).ExecuteUpdateAsync(set => set.SetProperty(a => a.LastPlan, kept));
        }

        return Checked.Valid(new PlanAttempt(screening.Value, result, result.IsPlanned ? timelines.For(result.Plan) : null));
    }

    /// <summary>The choices of the person's last plan, or null when none was kept (or it can no longer be read).</summary>
    public async Task<PlanChoices?> Last(Guid accountId) =>
        KeptChoices.Read(await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.LastPlan).SingleOrDefaultAsync());
}
