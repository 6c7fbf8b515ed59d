namespace FactMiner.Core.Extraction;

/// <summary>An animal named in a sentence: its words, the subject it resolves to, and where it stands in its clause.</summary>
/// <param name="FirstWord">Index of its first modifier (or head) among the sentence's words.</param>
/// <param name="Start">Offset in the sentence text of its first word.</param>
/// <param name="Subject">Normalised subject phrase: lowercase, modifiers kept, head singular.</param>
/// <param name="Lemma">The head noun's lemma.</param>
/// <param name="IsBareWithDeterminer">"the deer", "these cats": may point back to the running subject.</param>
/// <param name="IsClauseInitial">Opens its clause, so it is that clause's subject.</param>
/// <param name="OpensRelative">Followed by "which"/"that"/"who": the relative clause after it is about it.</param>
/// <param name="IsPredicateNominal">Follows a copula ("the lion is a social cat that ..."): it describes the subject, it is not one.</param>
internal sealed record OrganismMention(
    int FirstWord,
    int LastWord,
    int Start,
    int End,
    string Subject,
    string Lemma,
    bool IsBareWithDeterminer,
    bool IsClauseInitial,
    bool OpensRelative,
    bool IsPredicateNominal);
