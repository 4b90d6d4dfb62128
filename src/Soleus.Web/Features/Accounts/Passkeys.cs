using System.Formats.Cbor;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Accounts;

/// <summary>
/// Passkeys: adding one to the signed-in account, signing in with one, listing and removing them. Each ceremony's
/// options are kept in the database under an id, taken once and only within <see cref="ChallengeLifetime"/>, so a
/// challenge answers one request. Signing in with a passkey opens a sign-in session as a password does, with the same
/// audit events, the same throttle (by the account's email, or by the credential id when no account has it), and the
/// same answer for an unknown passkey, a failed check or a missing challenge as for a wrong password.
/// </summary>
public sealed class Passkeys(SoleusDb db, IFido2 fido2, AccountActions accounts, PasswordThrottle throttle)
{
    public static TimeSpan ChallengeLifetime { get; } = TimeSpan.FromMinutes(5);

    public const string DefaultName = "Passkey";

    /// <summary>The longest name a person can give a passkey.</summary>
    public const int MaxName = Passkey.MaxName;

    /// <summary>The options for adding a passkey to the account: a discoverable credential, verified by the person.</summary>
    public async Task<PasskeyCeremony> AddOptions(Guid accountId, DateTimeOffset now)
    {
        var email = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Email).SingleAsync();
        var existing = await db.Passkeys.AsNoTracking().Where(p => p.AccountId == accountId).Select(p => p.CredentialId).ToListAsync();
        var options = fido2.RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = accountId.ToByteArray(), Name = email, DisplayName = email },
            ExcludeCredentials = existing.ConvertAll(id => new PublicKeyCredentialDescriptor(id)),
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Required,
                UserVerification = UserVerificationRequirement.Required,
            },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        return await Keep(accountId, options.ToJson(), now);
    }

    /// <summary>Checks the browser's answer to <see cref="AddOptions"/> and keeps the passkey under the given name.</summary>
    public async Task<PasskeyAdded> Add(Guid accountId, Guid? challengeId, string? name, AuthenticatorAttestationRawResponse answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var named = string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim();
        if (named.Length > MaxName)
        {
            return new([new("name", $"A name of at most {MaxName} characters.")], null);
        }

        var challenge = await Take(challengeId, accountId, now);
        RegisteredPublicKeyCredential? credential = null;
        if (challenge is not null)
        {
            credential = await Checked(() => fido2.MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = answer,
                OriginalOptions = CredentialCreateOptions.FromJson(challenge.Options),
                IsCredentialIdUniqueToUserCallback = async (args, cancel) => !await db.Passkeys.AnyAsync(p => p.CredentialId == args.CredentialId, cancel),
            }));
        }

        if (credential is null)
        {
            return new([new("credential", "The passkey could not be checked. Try adding it again.")], null);
        }

        var passkey = new Passkey
        {
            AccountId = accountId,
            CredentialId = credential.Id,
            PublicKey = credential.PublicKey,
            SignCount = credential.SignCount,
            UserHandle = accountId.ToByteArray(),
            Name = named,
            CreatedAt = now,
        };
        db.Passkeys.Add(passkey);
        await db.SaveChangesAsync();
        return new([], Facts(passkey));
    }

    /// <summary>The options for signing in: any passkey of this site the browser holds, verified by the person.</summary>
    public async Task<PasskeyCeremony> SignInOptions(DateTimeOffset now)
    {
        var options = fido2.GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = [],
            UserVerification = UserVerificationRequirement.Required,
        });
        return await Keep(null, options.ToJson(), now);
    }

    /// <summary>Checks the browser's answer to <see cref="SignInOptions"/> and opens a sign-in session for the passkey's account.</summary>
    public async Task<SignInResult> SignIn(Guid? challengeId, AuthenticatorAssertionRawResponse answer, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(origin);
        var challenge = await Take(challengeId, null, now);
        var passkey = await db.Passkeys.SingleOrDefaultAsync(p => p.CredentialId == answer.RawId);
        var email = passkey is null ? null : await db.Accounts.Where(a => a.Id == passkey.AccountId).Select(a => a.Email).SingleAsync();
        var counted = email ?? $"passkey:{answer.Id}";
        if (await throttle.Admit(counted, origin, now) is { } later)
        {
            Audit.Add(db, Audit.SignInThrottled, passkey?.AccountId, null, origin.Address, now);
            await db.SaveChangesAsync();
            return new([], null, later);
        }

        var verified = passkey is null || challenge is null ? null : await Checked(() => fido2.MakeAssertionAsync(new MakeAssertionParams
        {
            AssertionResponse = answer,
            OriginalOptions = AssertionOptions.FromJson(challenge.Options),
            StoredPublicKey = passkey.PublicKey,
            StoredSignatureCounter = (uint)passkey.SignCount,
            IsUserHandleOwnerOfCredentialIdCallback = (args, _) => Task.FromResult(args.UserHandle.AsSpan().SequenceEqual(passkey.UserHandle)),
        }));
        if (passkey is null || verified is null)
        {
            Audit.Add(db, Audit.SignInFailed, passkey?.AccountId, passkey is null ? "unknown passkey" : "passkey not verified", origin.Address, now);
            await db.SaveChangesAsync();
            return new([new("password", SignInResult.Wrong)], null);
        }

        passkey.SignCount = verified.SignCount;
        passkey.LastUsedAt = now;
        var session = accounts.OpenSession(passkey.AccountId, now, origin);
        await db.SaveChangesAsync();
        await throttle.Passed(counted, origin, now);
        return new([], session);
    }

    /// <summary>The account's passkeys, oldest first.</summary>
    public Task<List<PasskeyFacts>> List(Guid accountId) => db.Passkeys.AsNoTracking().Where(p => p.AccountId == accountId)
        .OrderBy(p => p.Id).Select(p => new PasskeyFacts(p.Id, p.Name, p.CreatedAt, p.LastUsedAt)).ToListAsync();

    /// <summary>Removes one of the account's passkeys; false when the account has no passkey with that id.</summary>
    public async Task<bool> Remove(Guid accountId, long id) =>
        await db.Passkeys.Where(p => p.Id == id && p.AccountId == accountId).ExecuteDeleteAsync() == 1;

    private static PasskeyFacts Facts(Passkey p) => new(p.Id, p.Name, p.CreatedAt, p.LastUsedAt);

    /// <summary>Keeps a ceremony's options (and clears expired ones).</summary>
    private async Task<PasskeyCeremony> Keep(Guid? accountId, string options, DateTimeOffset now)
    {
        await db.PasskeyChallenges.Where(c => c.ExpiresAt <= now).ExecuteDeleteAsync();
        var challenge = new PasskeyChallenge { Id = Guid.NewGuid(), AccountId = accountId, Options = options, ExpiresAt = now + ChallengeLifetime };
        db.PasskeyChallenges.Add(challenge);
        await db.SaveChangesAsync();
        return new(challenge.Id, options);
    }

    /// <summary>Takes the ceremony kept under the id, if it is this account's (or no account's) and unexpired: once only, even in a race.</summary>
    private async Task<PasskeyChallenge?> Take(Guid? id, Guid? accountId, DateTimeOffset now)
    {
        var challenge = id is null ? null : await db.PasskeyChallenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (challenge is null || challenge.AccountId != accountId || challenge.ExpiresAt <= now)
        {
            return null;
        }

        return await db.PasskeyChallenges.Where(c => c.Id == id).ExecuteDeleteAsync() == 1 ? challenge : null;
    }

    /// <summary>Runs a Fido2 check: null when the answer does not verify or is not well formed.</summary>
    private static async Task<T?> Checked<T>(Func<Task<T>> check) where T : class
    {
        try
        {
            return await check();
        }
        catch (Exception e) when (e is Fido2VerificationException or CborContentException or FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
