using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Progress;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// The practice's side: joining by invitation, an administrator's invitations and members, a clinician's link codes,
/// patient list and view of each linked person, and unlinking. An account without the role, or a person not linked
/// with the clinician, gets 404, as if nothing were there.
/// </summary>
public static class PracticeApi
{
    public static IEndpointRouteBuilder MapPracticeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/practice/join", Join).WithName("JoinPractice").RequireRateLimiting(AccountServices.SignInRateLimit)
            .WithSummary("Joins the practice an invitation names, signing in with the invited email.");
        var group = app.MapGroup("/api/practice").RequireAuthorization();
        group.MapGet("/", Get).WithName("GetPractice");
        group.MapGet("/members", Members).WithName("GetPracticeMembers");
        group.MapPost("/invites", Invite).WithName("InviteClinician");
        group.MapPost("/link-codes", MakeCode).WithName("MakeLinkCode");
        group.MapDelete("/link-codes", WithdrawCodes).WithName("WithdrawLinkCodes").WithSummary("Ends every link code of the clinician's that could still be used.");
        group.MapGet("/patients", Patients).WithName("GetPatients").WithSummary("The clinician's linked people, who needs attention first.");
        group.MapGet("/patients/{id:guid}", Patient).WithName("GetPatient");
        group.MapDelete("/patients/{id:guid}", Unlink).WithName("UnlinkPatient");
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Join(JoinBody body, Practices practices, CurrentAccount account, HttpContext context, TimeProvider time) =>
        await AccountApi.Answer(await practices.Join(body.Code, new Credentials(body.Email, body.Password), time.GetUtcNow(), account.Origin), context, time);

    private static async Task<Results<Ok<Membership>, NotFound>> Get(Practices practices, CurrentAccount account) =>
        await practices.MembershipOf(account.Required) is { } membership ? TypedResults.Ok(membership) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<Member>>, NotFound>> Members(Practices practices, CurrentAccount account) =>
        await practices.Members(account.Required) is { } members ? TypedResults.Ok(members) : TypedResults.NotFound();

    private static async Task<Results<Created<MadeCode>, ProblemHttpResult, NotFound>> Invite(InviteBody body, Practices practices, CurrentAccount account, TimeProvider time) =>
        await practices.Invite(account.Required, body.Email, time.GetUtcNow(), account.Origin) switch
        {
            null => TypedResults.NotFound(),
            { IsValid: true } made => TypedResults.Created("/api/practice/members", made.Value),
            var refused => Problems.Invalid(refused.Problems),
        };

    private static async Task<Results<Created<MadeCode>, NotFound>> MakeCode(Links links, CurrentAccount account, TimeProvider time) =>
        await links.MakeCode(account.Required, time.GetUtcNow()) is { } made ? TypedResults.Created("/api/practice/patients", made) : TypedResults.NotFound();

    private static async Task<Results<Ok<WithdrawnCodes>, NotFound>> WithdrawCodes(Links links, CurrentAccount account, TimeProvider time) =>
        await links.WithdrawCodes(account.Required, time.GetUtcNow()) is { } count ? TypedResults.Ok(new WithdrawnCodes(count)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<PatientRow>>, NotFound>> Patients(Links links, CurrentAccount account, TimeProvider time) =>
        await links.Patients(account.Required, time.GetUtcNow()) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound();

    /// <summary>The last <see cref="ReportPeriod.DefaultDays"/> days of what the person shares, as data.</summary>
    private static async Task<Results<Ok<object>, NotFound>> Patient(Guid id, Links links, AccountActions accounts, CurrentAccount account, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var period = ReportPeriod.Recent(now, await accounts.TimeZone(account.Required));
        if (await links.Patient(account.Required, id, period, now) is not { } view)
        {
            return TypedResults.NotFound();
        }

        var summary = view.Summary;
        return TypedResults.Ok<object>(new
        {
            view.PersonId,
            view.Email,
            view.ConsentedAt,
            view.Weeks,
            summary.Period,
            screeningStops = summary.Stops,
            safetyStops = summary.Sessions.Where(s => s.SafetyStop).Select(s => new { s.StartedAt, s.StopReason }),
            trends = summary.Trends.Select(t => t.Trend),
            tenderSpots = summary.Spots,
            summary.Referrals,
        });
    }

    private static async Task<Results<NoContent, NotFound>> Unlink(Guid id, Links links, CurrentAccount account, TimeProvider time) =>
        await links.EndByClinician(account.Required, id, time.GetUtcNow(), account.Origin) ? TypedResults.NoContent() : TypedResults.NotFound();
}
