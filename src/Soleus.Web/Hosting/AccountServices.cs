using System.Threading.RateLimiting;
using Fido2NetLib;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Hosting;

public static class AccountServices
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>
    /// The calendar feed's limit: each client address may fetch feeds <see cref="CalendarFeedsPerMinute"/> times a minute.
    /// Calendar apps fetch a feed every few hours, so only a flood (or someone trying addresses) meets it.
    /// </summary>
    public const string CalendarFeedRateLimit = "calendar-feed";

    public const int CalendarFeedsPerMinute = 30;

    /// <summary>The auth cookie: __Host- bound (Secure, path /, no domain), so no other site or subdomain can set it.</summary>
    public const string CookieName = "__Host-soleus";

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations for password hashes, OWASP's figure since 2023 (Identity's default is 100,000).
    /// A stored hash made with fewer is made again at its next sign-in.
    /// </summary>
    public const int PasswordIterations = 210_000;

    /// <summary>
    /// Cookie sign-in backed by sign-in sessions in the database, the <see cref="CurrentAccount"/> of each request,
    /// password hashing, passkeys (Fido2, for the domain and origins in <see cref="PasskeyOptions"/>), and the per-address
    /// rate limits of sign-in and of the calendar feed (429 with Retry-After).
    /// </summary>
    public static IServiceCollection AddSoleusAccounts(this IServiceCollection services)
    {
        services.AddOptions<PasskeyOptions>().BindConfiguration(PasskeyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IFido2>(provider => new Fido2(provider.GetRequiredService<IOptions<PasskeyOptions>>().Value.Fido2()));
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordIterations);
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddSingleton<SignInSessionCheck>();
        services.AddHttpContextAccessor().AddScoped(provider =>
            CurrentAccount.From(provider.GetRequiredService<IHttpContextAccessor>().HttpContext ?? throw new InvalidOperationException("No request in hand.")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.Path = "/";
                options.ExpireTimeSpan = SignInLimits.Absolute;
                options.SlidingExpiration = false;
                options.LoginPath = "/account/sign-in";
                options.AccessDeniedPath = "/account/sign-in";
                options.EventsType = typeof(SignInSessionCheck);
            });
        services.AddAuthorization();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignInRateLimit, context => PerAddressPerMinute(context, context.RequestServices.GetRequiredService<IOptions<SoleusOptions>>().Value.SignInAttemptsPerMinute));
            options.AddPolicy(CalendarFeedRateLimit, context => PerAddressPerMinute(context, CalendarFeedsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddressPerMinute(HttpContext context, int permits) => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
