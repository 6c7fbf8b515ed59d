using System.CommandLine;
using System.Globalization;
using System.Text;
using FactMiner.Core.Classification;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer train</c>: trains the sentence topic model on the labelled corpus and writes the model and its card.</summary>
internal static class TrainVerb
{
    private const int Ok = 0;
    private const int BadInput = 2;

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of labelled CSVs (text,topic,species,style); every *.csv in it is read.",
            DefaultValueFactory = _ => "corpora/topics",
        };
        var model = new Option<string>("--model")
        {
            Description = "Where to write the model zip.",
            DefaultValueFactory = _ => "models/topics.zip",
        };
        var card = new Option<string>("--card")
        {
            Description = "Where to write the model card (markdown).",
            DefaultValueFactory = _ => "models/topics.md",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed for cross-validation and training; the same corpus and seed give the same model.",
            DefaultValueFactory = _ => new TopicTrainerOptions().Seed,
        };
        var trainers = new Option<string[]>("--trainers")
        {
            Description = "Candidate trainers for cross-validation to choose among (default: all).",
            DefaultValueFactory = _ => [.. new TopicTrainerOptions().Trainers],
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("train", "Train the sentence topic model: cross-validate the candidate trainers, print the scores, write the model and its card.")
        {
            corpus, model, card, seed, trainers,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var arguments = new Arguments(
                parseResult.GetValue(corpus)!,
                parseResult.GetValue(model)!,
                parseResult.GetValue(card)!,
                parseResult.GetValue(seed),
                parseResult.GetValue(trainers) ?? []);
            return Task.FromResult(Run(arguments, output, error, cancellationToken));
        });
        return command;
    }

    private static int Run(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        TopicTrainingResult result;
        try
        {
            var options = new TopicTrainerOptions { Seed = arguments.Seed, Trainers = arguments.Trainers };
            var trainer = new TopicTrainer(options);
            var corpus = TopicCorpus.Load(arguments.Corpus);
            output.WriteLine(Invariant($"corpus: {arguments.Corpus}: {corpus.Sentences.Length} sentences, {corpus.CountBySpecies().Count} species"));
            result = trainer.Train(corpus, line => error.WriteLine("train: " + line), cancellationToken);
        }
        catch (Exception e) when (e is TopicCorpusException or ArgumentException)
        {
            error.WriteLine("error: " + e.Message);
            return BadInput;
        }

        output.Write(Report(result));
        result.SaveModel(arguments.Model);
        var folder = Path.GetDirectoryName(Path.GetFullPath(arguments.Card));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(arguments.Card, TopicModelCard.Render(result, arguments.Corpus, arguments.Model, arguments.Card));
        output.WriteLine(Invariant($"model: {arguments.Model} ({new FileInfo(arguments.Model).Length / 1024.0 / 1024.0:F1} MB)"));
        output.WriteLine(Invariant($"card: {arguments.Card}"));
        return Ok;
    }

    private static string Report(TopicTrainingResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"cross-validation: {result.Options.Folds} folds grouped by species, seed {result.Options.Seed}"));
        var width = Math.Max(7, result.Candidates.Max(c => c.Trainer.Length));
        text.AppendLine(Invariant($"  {"trainer".PadRight(width)}  macro-F1  accuracy     time"));
        foreach (var candidate in result.Candidates)
        {
            text.AppendLine(Invariant($"  {candidate.Trainer.PadRight(width)}  {candidate.Evaluation.MacroF1,8:F3}  {candidate.Evaluation.Accuracy,8:F3}  {candidate.Duration.TotalSeconds,6:F1}s"));
        }

        var evaluation = result.Chosen.Evaluation;
        text.AppendLine(Invariant($"chosen: {result.Chosen.Trainer}"));
        text.AppendLine();
        var topicWidth = Math.Max(9, evaluation.Topics.Max(t => t.Length));
        text.AppendLine(Invariant($"{"topic".PadRight(topicWidth)}  support  precision  recall      F1"));
        foreach (var score in evaluation.PerTopic)
        {
            text.AppendLine(Invariant($"{score.Topic.PadRight(topicWidth)}  {score.Support,7}  {score.Precision,9:F3}  {score.Recall,6:F3}  {score.F1,6:F3}"));
        }

        text.AppendLine(Invariant($"{"macro-F1".PadRight(topicWidth)}  {evaluation.PerTopic.Sum(s => s.Support),7}  {evaluation.PerTopic.Average(s => s.Precision),9:F3}  {evaluation.PerTopic.Average(s => s.Recall),6:F3}  {evaluation.MacroF1,6:F3}"));
        text.AppendLine();
        text.AppendLine("confusion matrix (rows: corpus label, columns: predicted)");
        text.Append(' ', topicWidth);
        foreach (var topic in evaluation.Topics)
        {
            text.Append(' ').Append(topic[..Math.Min(5, topic.Length)].PadLeft(5));
        }

        text.AppendLine();
        for (var t = 0; t < evaluation.Topics.Length; t++)
        {
            text.Append(evaluation.Topics[t].PadRight(topicWidth));
            foreach (var count in evaluation.ConfusionMatrix[t])
            {
                text.Append(' ').Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(5));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Arguments(string Corpus, string Model, string Card, int Seed, IReadOnlyList<string> Trainers);
}
