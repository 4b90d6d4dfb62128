using System.Diagnostics.CodeAnalysis;

namespace Soleus.Domain.Checks;

/// <summary>Either a value that passed the rule book, or every problem found with what was sent, by field.</summary>
public sealed class Checked<T>
{
    internal Checked(T? value, IReadOnlyList<FieldProblem> problems) => (Value, Problems) = (value, problems);

    public T? Value { get; }

    public IReadOnlyList<FieldProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Problems.Count == 0;
}
