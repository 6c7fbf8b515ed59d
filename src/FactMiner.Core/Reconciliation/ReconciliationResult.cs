using System.Collections.Frozen;
using System.Collections.Immutable;
using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>What reconciling a set of claims found: the facts they agree on and the flags they raise.</summary>
public sealed class ReconciliationResult
{
    private readonly Lazy<FrozenDictionary<(string Document, int Sentence), ImmutableArray<Flag>>> flagsBySentence;

    internal ReconciliationResult(
        ImmutableArray<Fact> facts,
        ImmutableArray<Flag> flags,
        IReadOnlySet<ReconcileKey> keys,
        Lazy<FrozenDictionary<(string Document, int Sentence), ImmutableArray<Flag>>> flagsBySentence)
    {
        Facts = facts;
        Flags = flags;
        Keys = keys;
        this.flagsBySentence = flagsBySentence;
    }

    /// <summary>One fact per agreeing cluster of claims, ordered by subject, attribute and first source.</summary>
    public ImmutableArray<Fact> Facts { get; }

    /// <summary>Every flag, ids <c>F1</c>, <c>F2</c>, ... in the text order of their first claim.</summary>
    public ImmutableArray<Flag> Flags { get; }

    /// <summary>The (subject, attribute) keys the reconciled claims cover.</summary>
    public IReadOnlySet<ReconcileKey> Keys { get; }

    /// <summary>The flags involving any claim of one sentence: the contract shows a flag on every sentence it involves.</summary>
    public ImmutableArray<Flag> FlagsFor(string documentId, int sentenceIndex) =>
        flagsBySentence.Value.TryGetValue((documentId, sentenceIndex), out var flags) ? flags : [];
}
