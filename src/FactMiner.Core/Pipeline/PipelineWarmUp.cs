using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Pipeline;

/// <summary>Compiles the extraction and reconciliation code on the spare core while the topic model loads.</summary>
/// <remarks>
/// The CLI compiles each method fully optimised on its first call. Without a warm-up, a run's first documents need
/// the same methods on both workers at once, so one waits for the other's compilation and a core idles for about
/// half a second; reconciliation then compiles its own code at its start. Loading the model keeps only one core busy,
/// so compiling beside it is free. Nothing here is stored or reported: the documents are our own few sentences.
/// </remarks>
public static class PipelineWarmUp
{
    private static int started;

    /// <summary>Starts the warm-up in the background, once per process; nobody waits for it.</summary>
    /// <remarks>A failure here would surface again, reported, when the same stages meet the real documents.</remarks>
    public static void Start()
    {
        if (Interlocked.Exchange(ref started, 1) == 0)
        {
            _ = Task.Run(Run);
        }
    }

    /// <summary>Runs the stages that need no model over <see cref="Texts"/>, then reconciles their claims.</summary>
    internal static (IReadOnlyList<Document> Documents, ReconciliationResult Reconciliation) Run()
    {
        var pipeline = StandardPipeline.WithoutTopics();
        var documents = Texts
            .Select((text, i) => pipeline.Process(new Document($"warm-up-{i}", "(warm-up)", text, string.Empty)))
            .ToList();
        return (documents, ClaimReconciler.Default.Reconcile(documents));
    }

    /// <summary>Three short pages that touch every reader: ranges, units, qualifiers, categorical claims, several
    /// subjects, and figures that agree and disagree across the pages.</summary>
    internal static readonly string[] Texts =
    [
        """
        The Siberian musk deer (Moschus moschiferus) stands about 60 cm tall, and its shoulder height is 20 cm.
        Adult males weigh 7-17 kg, e.g. 15 kg on average, while females are lighter. A male yields up to 25 g of musk
        a year in captivity. The species is listed as Vulnerable by the IUCN. It is mostly nocturnal and feeds on
        lichens, leaves and grasses. Musk deer are solitary animals. Gestation lasts 185 to 195 days, and a doe
        usually has one or two fawns. Its body is 70–100 cm long and the tail 4 to 6 cm. They live up to 20 years.
        """,
        """
        The Himalayan musk deer weighs 11 to 18 kilograms and stands 50-53 cm at the shoulder. It is listed as
        Endangered on the IUCN Red List. The Siberian musk deer weighs around 12 lbs and is listed as Least Concern.
        Siberian musk deer are crepuscular and live alone. Each pod holds about 30 grams of musk. Females give birth
        to a single fawn after six months. These deer can run at 40 km/h and reach 1.5 m in a leap.
        """,
        """
        The dwarf musk deer is a species of deer found in China. It is a herbivore that browses on leaves. Dwarf musk
        deer are active day and night and are not gregarious: pairs are monogamous, and some live in pairs while others
        live in small groups of three to five. The species was listed as Endangered by the IUCN in 2015. Young deer are
        most active at dawn and dusk, and adults forage during the day. Females weigh 8.5 ± 1.5 kg and stand 2 ft 3 in
        at the shoulder; about 30% of fawns die within their first year.
        """,
    ];
}
