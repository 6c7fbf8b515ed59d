using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Storage;

/// <summary>A fact with every value its rows need already worked out, so the store's thread only binds and steps.</summary>
internal sealed record FactRow(Fact Fact, string QualifiersJson, double? Low, double? High, string? Unit, long FirstSeenRun, long[] SourceRows);

/// <summary>A flag with its signature (rule and sorted claim rows, stable across runs) and the rows it links to.</summary>
internal sealed record FlagRow(Flag Flag, string Signature, string? Subject, string? Attribute, long[] ClaimRows);

/// <summary>One chunk of subjects reconciled and turned into the rows that replace its facts and merge its flags.</summary>
/// <param name="Claims">How many claims it was reconciled from.</param>
internal sealed record ReconciledChunk(IReadOnlyList<string> Subjects, long RunId, int Keys, int Claims, IReadOnlyList<FactRow> Facts, IReadOnlyList<FlagRow> Flags)
{
    public static ReconciledChunk Of(IReadOnlyList<string> subjects, StoredClaims loaded, ReconciliationResult result, long runId)
    {
        var facts = new List<FactRow>(result.Facts.Length);
        var sources = new List<StoredClaim>(); // reused: cleared for each fact
        foreach (var fact in result.Facts)
        {
            sources.Clear();
            foreach (var id in fact.Sources)
            {
                if (loaded.Find(id) is { } source)
                {
                    sources.Add(source);
                }
            }

            var rows = new long[sources.Count];
            var firstRun = runId;
            for (var s = 0; s < rows.Length; s++)
            {
                rows[s] = sources[s].RowId;
                // First seen in the earliest run that stored one of its sources.
                firstRun = s == 0 ? sources[s].RunId : Math.Min(firstRun, sources[s].RunId);
            }

            var (low, high, unit) = InSourceUnit(fact, sources);
            facts.Add(new FactRow(fact, QualifierJson.Of(fact.Qualifiers), low, high, unit, firstRun, rows));
        }

        var flags = new List<FlagRow>(result.Flags.Length);
        foreach (var flag in result.Flags)
        {
            StoredClaim? first = null;
            var rows = new List<long>(flag.ClaimIds.Length);
            foreach (var id in flag.ClaimIds)
            {
                if (loaded.Find(id) is { } claim)
                {
                    first ??= claim;
                    rows.Add(claim.RowId);
                }
            }

            rows.Sort();
            flags.Add(new FlagRow(flag, $"{flag.Rule}:{string.Join(',', rows)}", first?.Record.Subject, first?.Record.Attribute, [.. rows]));
        }

        return new ReconciledChunk(subjects, runId, result.Keys.Count, loaded.Records.Count, facts, flags);
    }

    /// <summary>A fact's interval in the unit its sources used most, so people read "15-38 lb", not only kilograms.</summary>
    private static (double? Low, double? High, string? Unit) InSourceUnit(Fact fact, List<StoredClaim> sources)
    {
        // Counted in a short list (a fact's sources use a unit or two), the first seen winning a tie.
        var counts = new List<(string Unit, int Count)>(2);
        foreach (var source in sources)
        {
            if (source.Record.Numeric?.Unit is not { } used)
            {
                continue;
            }

            var known = 0;
            while (known < counts.Count && counts[known].Unit != used)
            {
                known++;
            }

            if (known == counts.Count)
            {
                counts.Add((used, 1));
            }
            else
            {
                counts[known] = (used, counts[known].Count + 1);
            }
        }

        string? unit = null;
        var most = 0;
        foreach (var (used, count) in counts)
        {
            if (count > most)
            {
                (unit, most) = (used, count);
            }
        }

        if (unit is null || UnitTable.Default.Find(unit) is not { } definition)
        {
            return (fact.SiLow, fact.SiHigh, fact.SiUnit);
        }

        double? From(double? si) => si is { } value ? SiRounding.Round(value / definition.SiFactor) : null;
        return (From(fact.SiLow), From(fact.SiHigh), unit);
    }
}
