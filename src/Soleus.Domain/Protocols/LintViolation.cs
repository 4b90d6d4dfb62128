namespace Soleus.Domain.Protocols;

/// <summary>A broken safety rule: which rule, which step, which field, and what is wrong.</summary>
public sealed record LintViolation(string Rule, string Step, string Field, string Message)
{
    public override string ToString() => $"[{Rule}] step '{Step}', field '{Field}': {Message}";
}
