using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// Practices and their members: the add-practice command makes a practice and its first administrator's invitation;
/// an administrator invites clinicians; whoever holds an invitation joins with the invited email, as a new account or
/// their own, which then signs in like anyone's (<see cref="AccountActions"/>: the same passwords, lockout, sign-in
/// sessions and audit).
/// </summary>
public sealed class Practices(SoleusDb db, AccountActions accounts)
{
    /// <summary>Characters in an invitation code (30 letters and digits each: about 59 bits).</summary>
    public const int InviteLength = 12;

    /// <summary>How long an invitation can be used.</summary>
    public static TimeSpan InviteLife { get; } = TimeSpan.FromDays(7);

    public const string CodeWrong = "This code is not one Soleus knows, or it was used or has expired: check it, or ask for a new one.";

    /// <summary>Makes a practice and the one-time code that lets <paramref name="adminEmail"/> join it as its administrator.</summary>
    public async Task<Checked<MadeCode>> Create(string name, string adminEmail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        List<FieldProblem> problems = [.. EmailProblems(adminEmail)];
        if (trimmed.Length is 0 or > Data.Practice.MaxName)
        {
            problems.Insert(0, new("name", $"Give the practice a name of 1 to {Data.Practice.MaxName} characters."));
        }

        if (problems.Count > 0)
        {
            return Checked.Invalid<MadeCode>(problems);
        }

        var practice = new Data.Practice { Id = Guid.NewGuid(), Name = trimmed, CreatedAt = now };
        db.Practices.Add(practice);
        Audit.Add(db, Audit.PracticeCreated, null, $"practice {practice.Id}", null, now);
        return Checked.Valid(await AddInvite(practice.Id, adminEmail, PracticeRole.Administrator, now));
    }

    /// <summary>An administrator's invitation of a clinician by email; null when the account is no administrator.</summary>
    public async Task<Checked<MadeCode>?> Invite(Guid adminId, string email, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (await MembershipOf(adminId) is not { Role: PracticeRole.Administrator } admin)
        {
            return null;
        }

        if (EmailProblems(email) is { Count: > 0 } problems)
        {
            return Checked.Invalid<MadeCode>(problems);
        }

        Audit.Add(db, Audit.PracticeInvited, adminId, $"practice {admin.PracticeId}", origin.Address, now);
        return Checked.Valid(await AddInvite(admin.PracticeId, email, PracticeRole.Clinician, now));
    }

    /// <summary>
    /// Joins the practice an invitation names, signing in with the invited email: a new account is made with the
    /// password, or an existing one must give its own (answered as signing in would be). The invitation is then used up.
    /// </summary>
    public async Task<SignInResult> Join(string code, Credentials credentials, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var invite = OneTimeCode.Plausible(code) ? await Unused(OneTimeCode.Hash(code), now) : null;
        if (invite is null)
        {
            return new([new("code", CodeWrong)], null);
        }

        if (AccountActions.Normalise(credentials.Email) != invite.Email)
        {
            return new([new("email", "Use the email address the invitation was sent to.")], null);
        }

        var signIn = await accounts.Register(credentials, now, origin);
        if (signIn.Session is not { } session)
        {
            return signIn;
        }

        if (await db.PracticeMembers.AnyAsync(m => m.AccountId == session.AccountId))
        {
            return new([new("email", "This account already belongs to a practice.")], null);
        }

        // Used once: of two people racing with the same code, only the first to mark it joins.
        if (await db.PracticeInvites.Where(i => i.Id == invite.Id && i.UsedAt == null).ExecuteUpdateAsync(i => i.SetProperty(x => x.UsedAt, now)) == 0)
        {
            return new([new("code", CodeWrong)], null);
        }

        db.PracticeMembers.Add(new PracticeMember { AccountId = session.AccountId, PracticeId = invite.PracticeId, Role = invite.Role, JoinedAt = now });
        Audit.Add(db, Audit.PracticeJoined, session.AccountId, $"practice {invite.PracticeId} as {invite.Role}", origin.Address, now);
        await db.SaveChangesAsync();
        return signIn;
    }

    /// <summary>The account's practice and role, or null when it belongs to none.</summary>
    public Task<Membership?> MembershipOf(Guid accountId) =>
        db.PracticeMembers.AsNoTracking().Where(m => m.AccountId == accountId)
            .Join(db.Practices, m => m.PracticeId, p => p.Id, (m, p) => new Membership(p.Id, p.Name, m.Role))
            .SingleOrDefaultAsync();

    /// <summary>The members of an administrator's practice, by email; null when the account is no administrator.</summary>
    public async Task<List<Member>?> Members(Guid adminId)
    {
        if (await MembershipOf(adminId) is not { Role: PracticeRole.Administrator } admin)
        {
            return null;
        }

        var members = await db.PracticeMembers.AsNoTracking().Where(m => m.PracticeId == admin.PracticeId)
            .Join(db.Accounts, m => m.AccountId, a => a.Id, (m, a) => new Member(a.Email, m.Role, m.JoinedAt))
            .ToListAsync();
        return [.. members.OrderBy(m => m.Email, StringComparer.Ordinal)];
    }

    private async Task<MadeCode> AddInvite(Guid practiceId, string email, PracticeRole role, DateTimeOffset now)
    {
        var code = OneTimeCode.Make(InviteLength);
        var invite = new PracticeInvite
        {
            Id = Guid.NewGuid(), PracticeId = practiceId, Email = AccountActions.Normalise(email), Role = role,
            CodeHash = OneTimeCode.Hash(code), CreatedAt = now, ExpiresAt = now + InviteLife,
        };
        db.PracticeInvites.Add(invite);
        await db.SaveChangesAsync();
        return new(invite.Id, code, invite.ExpiresAt);
    }

    private Task<PracticeInvite?> Unused(byte[] hash, DateTimeOffset now) =>
        db.PracticeInvites.AsNoTracking().SingleOrDefaultAsync(i => i.CodeHash == hash && i.UsedAt == null && i.ExpiresAt > now);

    /// <summary>The email's problems, by the rules registering uses.</summary>
    private static List<FieldProblem> EmailProblems(string? email) =>
        [.. new Credentials(email?.Trim() ?? "", "-").Problems(newPassword: false).Where(p => p.Field == "email")];
}
