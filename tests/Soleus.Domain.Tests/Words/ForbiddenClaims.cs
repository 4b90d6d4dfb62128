using System.Text.RegularExpressions;

namespace Soleus.Domain.Tests.Words;

/// <summary>
/// What Soleus must never say: that it (or the app, a check, a session…) diagnoses, detects, rules out, screens for,
/// treats or cures something; that anything cures; that a clot is unlikely, probably not there, or not there; or
/// that sharp or stabbing pain is something to ease off from, lift away from or carry on through rather than stop for.
/// Case-insensitive. <see cref="WordingTests"/> proves each pattern catches the sentences it is meant to catch.
/// </summary>
internal static class ForbiddenClaims
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Claim = @"(?:diagnos(?:e|es|ed|ing|is)|detects?|detected|detecting|rules?\s+out|ruled\s+out|ruling\s+out|screens?\s+(?:you\s+)?for|screening\s+(?:you\s+)?for|treats?|treated|treating|cures?|cured|curing|heals?)";

    private const string Condition = @"(?:conditions?|diseases?|disorders?|clots?|dvt|thrombos[ie]s|embolism|infections?|injur(?:y|ies)|tears?|fractures?|fasciitis|neuropath(?:y|ies)|deficienc(?:y|ies)|problems?|causes?|illness(?:es)?)";

    private const string Clot = @"(?:blood\s+)?(?:clots?|dvt|thrombos[ie]s)";

    private const string GoOn = @"(?:ease\s+off|back\s+off|lighten\s+up|carry\s+on|keep\s+going|push\s+through|work\s+through|go\s+on\s+gently)";

    public static IReadOnlyList<(string Name, Regex Pattern)> All { get; } =
    [
        ("soleus-claims-to-diagnose-or-treat",
            new Regex($@"\b(?:soleus|(?:this|the|our)\s+(?:app|check|check-in|screening|questionnaire|session|massage|method|tool|coach)|we)\s+(?:can\s+|will\s+|does\s+|may\s+|helps?\s+(?:to\s+)?|is\s+able\s+to\s+)?{Claim}\b", Options)),
        ("claims-to-diagnose-or-treat-a-condition",
            new Regex($@"\b{Claim}\s+(?:(?:a|an|the|your|any|possible|all|most)\s+)*(?:[\w-]+\s+){{0,2}}?{Condition}\b", Options)),
        ("promises-a-cure", new Regex(@"\b(?:cures?|cured|curing)\b", Options)),
        ("clot-is-unlikely", new Regex($@"\b{Clot}\b[^.!?]*\b(?:unlikely|not\s+likely|improbable|nothing\s+to\s+worry|no\s+need\s+to\s+worry|(?:is|are|seems?|looks?)\s+(?:low|small|minimal|tiny|slight))\b", Options)),
        ("unlikely-to-be-a-clot", new Regex($@"\b(?:unlikely|not\s+likely|improbable|nothing\s+to\s+worry|no\s+need\s+to\s+worry)\b[^.!?]*\b{Clot}\b", Options)),
        ("probably-not-a-clot", new Regex($@"\b(?:probably|likely|almost\s+certainly|certainly|definitely|surely)\s+(?:not|isn't|is\s+not)\s+(?:a\s+|an\s+)?{Clot}", Options)),
        ("not-a-clot", new Regex($@"\b(?:is|it's|it\s+is|this\s+is|that's|that\s+is|isn't|there's|there\s+is)\s+(?:not|no)\s+(?:a\s+)?{Clot}\b", Options)),
        ("low-chance-of-a-clot", new Regex($@"\b(?:little|low|small|tiny|no|minimal)\s+(?:chance|risk|likelihood|sign)\b[^.!?]*\b{Clot}\b", Options)),
        ("goes-on-through-sharp-pain",
            new Regex($@"\b{GoOn}\b[^.!?]*\b(?:sharp|stabbing)\b|\b(?:sharp|stabbing)\b[^.!?]*\b(?:{GoOn}|does\s+not\s+ease|doesn't\s+ease)\b", Options)),
    ];

    /// <summary>The names of the patterns the text matches.</summary>
    public static IReadOnlyList<string> FoundIn(string text) => [.. All.Where(p => p.Pattern.IsMatch(text)).Select(p => p.Name)];
}
