using System.Globalization;
using Soleus.Web.Features.Practice;

namespace Soleus.Web.Api;

/// <summary>
/// The app's one command besides serving: <c>add-practice "Name" admin@example.org</c> makes a practice and prints the
/// one-time code its first administrator joins with at /practice/join. It runs once the database is migrated, and the
/// app then exits instead of serving.
/// </summary>
public static class PracticeCommand
{
    public const string Name = "add-practice";

    /// <summary>The command's exit code (0 done, 2 bad arguments), or null when the arguments did not ask for it.</summary>
    public static async Task<int?> Run(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (args is not [Name, ..])
        {
            return null;
        }

        if (args is not [_, var practiceName, var email])
        {
            await errors.WriteLineAsync($"Usage: {Name} \"Practice name\" administrator@example.org");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<Practices>().Create(practiceName, email, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        if (!made.IsValid)
        {
            foreach (var problem in made.Problems)
            {
                await errors.WriteLineAsync($"{problem.Field}: {problem.Message}");
            }

            return 2;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            Practice "{practiceName.Trim()}" is ready.
            Its administrator joins at /practice/join with the email {email.Trim()}, a password of their choice and this one-time code:

                {made.Value.Code}

            The code works once, until {made.Value.ExpiresAt:yyyy-MM-dd HH:mm} UTC. Soleus keeps only its hash, so it cannot be shown again.
            """));
        return 0;
    }
}
