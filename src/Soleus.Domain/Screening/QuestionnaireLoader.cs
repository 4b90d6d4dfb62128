using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// Reads the questionnaire strictly, gives it the protocol's DVT warning, and refuses one that is malformed or falls
/// below the safety floor.
/// </summary>
public static class QuestionnaireLoader
{
    /// <param name="json">The document.</param>
    /// <param name="file">The name to show in error messages.</param>
    /// <param name="protocol">The loaded method, whose DVT warning the screening results carry.</param>
    /// <exception cref="ProtocolFormatException">The document is not a complete questionnaire.</exception>
    /// <exception cref="ProtocolRejectedException">The document breaks a rule of <see cref="QuestionnaireLinter"/>.</exception>
    public static Questionnaire Load(Stream json, string file, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var questionnaire = ProtocolLoader.Read<Questionnaire>(json, file).WithDvtWarning(protocol.DvtWarning);
        var violations = QuestionnaireLinter.Lint(questionnaire);
        return violations.Count == 0 ? questionnaire : throw new ProtocolRejectedException(file, violations);
    }
}
