using System.Globalization;
using System.Text.Json;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Benchmarks;

/// <summary>
/// A store with many claims for the export benchmark, built once with bulk parameterised inserts in one transaction
/// (the pipeline would take far longer to produce it) and kept in the temp folder for later runs.
/// </summary>
internal static class ExportBenchmarkStore
{
    private const int SentencesPerDocument = 20;
    private const int ClaimsPerSentence = 5;

    private static readonly string[] Subjects = [.. Enumerable.Range(0, 500).Select(i => $"species {i:D3}")];

    private static readonly (string Attribute, string Quantity, string Unit, string SiUnit, double Factor)[] Measures =
    [
        ("weight", "mass", "kg", "kg", 1),
        ("body_length", "length", "cm", "m", 0.01),
        ("shoulder_height", "length", "in", "m", 0.0254),
        ("lifespan", "duration", "years", "s", 31_557_600),
        ("elevation", "length", "m", "m", 1),
    ];

    public static string Folder => Path.Combine(Path.GetTempPath(), "factminer-export-bench");

    /// <summary>The path of a store with <paramref name="claims"/> active claims, created when missing.</summary>
    public static string Ensure(int claims)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"claims-{claims}.db");
        if (!File.Exists(path))
        {
            var building = path + ".building";
            File.Delete(building);
            Seed(building, claims);
            File.Move(building, path);
        }

        return path;
    }

    private static void Seed(string path, int claims)
    {
        // Opening through the store creates the schema exactly as FactMiner does.
        using (SqliteFactStore.Open(path))
        {
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "INSERT INTO runs (id, started_at, status, extractor_version, model_version) VALUES (1, '2025-01-01T00:00:00.0000000+00:00', 'completed', 'bench', 'bench');");
        using var document = Prepared(connection, transaction, "INSERT INTO documents (id, doc, source_path, sha256, status, run_id, char_length, text, reconciled) VALUES ($id, $doc, $doc, $sha, 'active', 1, $length, $text, 1);", "$id", "$doc", "$sha", "$length", "$text");
        using var sentence = Prepared(connection, transaction, """INSERT INTO sentences (document_id, idx, start, "end", text, topic, topic_confidence, subject) VALUES ($document, $idx, $start, $end, $text, 'morphology', 0.9, $subject);""", "$document", "$idx", "$start", "$end", "$text", "$subject");
        using var claim = Prepared(connection, transaction, """
            INSERT INTO claims (claim_id, document_id, sentence_idx, kind, subject, attribute, quantity, low, high, unit, si_low, si_high, si_unit,
                                qualifiers, text, start, "end", extractor_version, model_version)
            VALUES ($claim, $document, $idx, 'numeric', $subject, $attribute, $quantity, $low, $high, $unit, $siLow, $siHigh, $siUnit,
                    $qualifiers, $text, $start, $end, 'bench', 'bench');
            """, "$claim", "$document", "$idx", "$subject", "$attribute", "$quantity", "$low", "$high", "$unit", "$siLow", "$siHigh", "$siUnit", "$qualifiers", "$text", "$start", "$end");
        var perDocument = SentencesPerDocument * ClaimsPerSentence;
        for (var d = 0; d * perDocument < claims; d++)
        {
            var subject = Subjects[d % Subjects.Length];
            var texts = Enumerable.Range(0, SentencesPerDocument).Select(s => SentenceText(subject, d, s)).ToArray();
            var text = string.Join(" ", texts);
            var name = string.Create(CultureInfo.InvariantCulture, $"doc-{d:D6}.txt");
            Run(document, d + 1, name, string.Create(CultureInfo.InvariantCulture, $"{d:x64}"), text.Length, text);
            var start = 0;
            for (var s = 0; s < SentencesPerDocument; s++)
            {
                Run(sentence, d + 1, s, start, start + texts[s].Length, texts[s], subject);
                for (var c = 0; c < ClaimsPerSentence && d * perDocument + s * ClaimsPerSentence + c < claims; c++)
                {
                    var (attribute, quantity, unit, siUnit, factor) = Measures[c];
                    var low = 1 + ((d * 7 + s * 3 + c) % 90);
                    var high = low + (s % 4);
                    string[] qualifiers = s % 3 == 0 ? ["male"] : s % 3 == 1 ? ["female", "adult"] : [];
                    Run(claim, $"{name}#{s}.{c}", d + 1, s, subject, attribute, quantity, low, high, unit, low * factor, high * factor, siUnit,
                        JsonSerializer.Serialize(qualifiers), $"{low}-{high} {unit}", start + 10 * c, start + 10 * c + 9);
                }

                start += texts[s].Length + 1;
            }
        }

        transaction.Commit();
    }

    /// <summary>Scraped-looking sentences; every 25th starts like a formula so the CSV guard has work to do.</summary>
    private static string SentenceText(string subject, int document, int sentence) => (document + sentence) % 25 == 0
        ? $"-{sentence} note: the {subject} weighs 10-20 kg, stands 50-60 cm and lives 8-12 years at 1200 m, says source {document}."
        : $"The {subject} weighs 10-20 kg, stands 50-60 cm at the shoulder and lives 8-12 years at up to 1200 m (source {document}, §{sentence}).";

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
