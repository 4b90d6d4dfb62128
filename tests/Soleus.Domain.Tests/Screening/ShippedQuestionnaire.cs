using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests.Screening;

/// <summary>The shipped <c>protocols/screening.json</c>, loaded through the strict loader and its linter.</summary>
internal static class ShippedQuestionnaire
{
    public const string File = "screening.json";

    public static Questionnaire Load()
    {
        using var stream = System.IO.File.OpenRead(ShippedProtocol.PathOf(File));
        return QuestionnaireLoader.Load(stream, File, ShippedProtocol.Load());
    }
}
