namespace Soleus.Domain.Checks;

/// <summary>Makes <see cref="Checked{T}"/> results.</summary>
public static class Checked
{
    public static Checked<T> Valid<T>(T value) => new(value, []);

    /// <exception cref="ArgumentException">No problem is given: an invalid result must say what is wrong.</exception>
    public static Checked<T> Invalid<T>(IReadOnlyList<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("An invalid result names at least one problem.", nameof(problems));
        }

        return new(default, problems);
    }

    /// <summary>The value when <paramref name="problems"/> is empty, otherwise the problems.</summary>
    public static Checked<T> From<T>(IReadOnlyList<FieldProblem> problems, Func<T> value)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(value);
        return problems.Count == 0 ? Valid(value()) : Invalid<T>(problems);
    }
}
