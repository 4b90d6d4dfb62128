namespace Soleus.Domain.Protocols;

/// <summary>A protocol that reads well but breaks one or more safety rules.</summary>
public sealed class ProtocolRejectedException(string file, IReadOnlyList<LintViolation> violations)
    : Exception($"{file}: refused by the protocol linter:{Environment.NewLine}" + string.Join(Environment.NewLine, violations))
{
    public IReadOnlyList<LintViolation> Violations { get; } = violations;
}
