using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Storage;

namespace FactMiner.Core.Tests.Support;

/// <summary>
/// A small store as a run leaves it: documents with sentences and claims written through the store, then reconciled,
/// so the flags are the reconciler's own. Two weights of the musk deer disagree tenfold with a third; a yak weight
/// disagrees with another whose sentence carries an injected script.
/// Used by the review query tests and the web page's tests.
/// </summary>
internal static class ReviewStoreSeed
{
    public const string ScriptSentence = "Our guide said <script>window.pwned = true</script> that wild yaks weigh 100 kg.";

    public static readonly StoreVersions Versions = new("test-extractor", "test-model");

    public static void Write(string dbPath)
    {
        using var store = SqliteFactStore.Open(dbPath);
        var runId = store.BeginRun(Versions, new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.Zero));
        store.WriteDocuments(
        [
            Doc("musk-deer.txt", "musk deer",
                ("Siberian musk deer are small, shy deer of mountain forests.", null),
                ("Adults weigh 7–17 kg (15–38 lb) when fully grown.", Weight("7–17 kg", 7, 17, "kg", 1))),
            Doc("deer-notes.txt", "musk deer",
                ("An old hunting account claims that a musk deer weighs 70 kg.", Weight("70 kg", 70, 70, "kg", 1))),
            Doc("deer-facts.txt", "musk deer",
                ("A typical musk deer weighs about 11 kg.", Weight("about 11 kg", 11, 11, "kg", 1, "approximate"))),
            Doc("yak.txt", "wild yak",
                ("Wild yaks weigh 1,000 kg in the bulls' prime.", Weight("1,000 kg", 1000, 1000, "kg", 1))),
            Doc("yak-blog.txt", "wild yak",
                (ScriptSentence, Weight("100 kg", 100, 100, "kg", 1))),
        ], runId);
        new StoreReconciliation(store, ClaimReconciler.Default).ReconcilePending(runId);
        store.FinishRun(new RunSummary { RunId = runId }, new DateTimeOffset(2025, 11, 20, 9, 1, 0, TimeSpan.Zero));
    }

    internal static ClaimSpec Weight(string text, double low, double high, string unit, double siPerUnit, params string[] qualifiers) =>
        new(text, low, high, unit, siPerUnit, [.. qualifiers]);

    /// <summary>A document of the given sentences about <paramref name="subject"/>, each with at most one weight claim.</summary>
    internal static Document Doc(string id, string subject, params (string Sentence, ClaimSpec? Claim)[] sentences)
    {
        var document = ParagraphDocuments.FromSentences(id, [.. sentences.Select(s => s.Sentence)]);
        var built = document.Sentences.Select((sentence, i) =>
        {
            var spec = sentences[i].Claim;
            var withSubject = sentence with { Subject = subject };
            if (spec is null)
            {
                return withSubject;
            }

            var start = document.Text.IndexOf(spec.Text, sentence.Start, StringComparison.Ordinal);
            var claim = new Claim($"{id}#{sentence.Index}.0", "weight", "mass", spec.Low, spec.High, spec.Unit,
                spec.Low * spec.SiPerUnit, spec.High * spec.SiPerUnit, "kg", spec.Qualifiers, subject, spec.Text, start, start + spec.Text.Length);
            return withSubject with { Claims = [claim] };
        });
        return document with { Sentences = [.. built], Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text))) };
    }

    internal sealed record ClaimSpec(string Text, double Low, double High, string Unit, double SiPerUnit, ImmutableArray<string> Qualifiers);
}
