namespace FactMiner.Core.Extraction;

/// <summary>Per-thread working lists, reused across sentences so extraction allocates only the claims it returns.</summary>
internal sealed class ExtractionScratch
{
    [ThreadStatic]
    private static ExtractionScratch? current;

    public List<ValueAtom> Atoms { get; } = [];

    public List<Measurement> Measurements { get; } = [];

    public List<ClaimCandidate> Candidates { get; } = [];

    public List<YearMarker> Years { get; } = [];

    public static ExtractionScratch Rent()
    {
        var scratch = current ??= new ExtractionScratch();
        scratch.Atoms.Clear();
        scratch.Measurements.Clear();
        scratch.Candidates.Clear();
        scratch.Years.Clear();
        return scratch;
    }
}
