using System.Collections.Immutable;
using FactMiner.Core.Model;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Support;

/// <summary>
/// A small store in mid-review, built by hand: one document with numeric and categorical claims (some with text a
/// spreadsheet would run as a formula), claims accepted, corrected and rejected, facts in every status and flags open
/// and resolved. Only public API and plain SQL, so any test project can use it.
/// </summary>
internal static class ReviewedStoreSeed
{
    public const string Document = "musk.txt";
    public const string RunStartedAt = "2025-01-02T03:04:05.1234567+00:00";
    public const string ReviewedAt = "2025-02-03T04:05:06.7654321+00:00";

    public const string ShoulderHeight = "musk.txt#0.0";
    public const string MaleWeightKg = "musk.txt#1.0";
    public const string WeightLb = "musk.txt#1.1";
    public const string Status = "musk.txt#2.c0";
    public const string Elevation = "musk.txt#3.0";
    public const string Sightings = "musk.txt#4.0";
    public const string Length = "musk.txt#5.0";

    public static readonly string[] Sentences =
    [
        "Musk deer stand 50-70 cm at the shoulder.",
        "Males weigh 7-17 kg, though one site says 15-38 lb.",
        "The species is listed as Endangered by the IUCN (2015).",
        "=HYPERLINK(\"http://evil.example\",\"see\") puts them at -2 m.",
        "\tSightings: +1 a year, @SUM(A1) at most.",
        "-2+3 body length is 80-100 cm.",
    ];

    public static string Create(string folder)
    {
        var path = Path.Combine(folder, "reviewed.db");
        var versions = new StoreVersions("test", "test");
        using (var store = SqliteFactStore.Open(path))
        {
            var run = store.BeginRun(versions, DateTimeOffset.Parse(RunStartedAt, System.Globalization.CultureInfo.InvariantCulture));
            store.WriteDocuments([Build()], run);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, """
            UPDATE claims SET status = 'corrected', corrected_low = 55, corrected_high = 65, corrected_unit = 'cm', corrected_si_low = 0.55,
                corrected_si_high = 0.65, reviewed_by = 'ann', reviewed_at = $at, note = 'the source page says 55-65'
            WHERE claim_id = $shoulder;
            UPDATE claims SET status = 'accepted', reviewed_by = 'ann', reviewed_at = $at, note = '=1+1 is not a formula'
            WHERE claim_id = $male;
            UPDATE claims SET status = 'rejected', reviewed_by = 'ann', reviewed_at = $at WHERE claim_id = $lb;
            UPDATE claims SET status = 'rejected', reviewed_by = 'bob', reviewed_at = $at, note = char(13) || 'see the census' WHERE claim_id = $sightings;

            INSERT INTO facts (id, subject, attribute, qualifiers, quantity, low, high, unit, si_low, si_high, si_unit, category, support, first_seen_run)
            VALUES (1, 'musk deer', 'shoulder_height', '[]', 'length', 55, 65, 'cm', 0.55, 0.65, 'm', NULL, 1, 1),
                   (2, 'musk deer', 'weight', '["male"]', 'mass', 7, 17, 'kg', 7, 17, 'kg', NULL, 1, 1),
                   (3, 'musk deer', 'conservation_status', '[]', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'endangered', 1, 1),
                   (4, 'musk deer', 'elevation', '[]', 'length', -2, -2, 'm', -2, -2, 'm', NULL, 1, 1),
                   (5, 'musk deer', 'body_length', '[]', 'length', 80, 100, 'cm', 0.8, 1, 'm', NULL, 1, 1);
            INSERT INTO fact_sources (fact_id, claim_id) SELECT 1, id FROM claims WHERE claim_id = $shoulder;
            INSERT INTO fact_sources (fact_id, claim_id) SELECT 2, id FROM claims WHERE claim_id = $male;
            INSERT INTO fact_sources (fact_id, claim_id) SELECT 3, id FROM claims WHERE claim_id = $status;
            INSERT INTO fact_sources (fact_id, claim_id) SELECT 4, id FROM claims WHERE claim_id = $elevation;
            INSERT INTO fact_sources (fact_id, claim_id) SELECT 5, id FROM claims WHERE claim_id = $length;

            INSERT INTO flags (id, signature, kind, rule, message, subject, attribute, status, created_run, decided_by, decided_at, note)
            VALUES (1, 'absolute-bound:5', 'implausible', 'absolute-bound', '-2 m is below any elevation a musk deer lives at.', 'musk deer', 'elevation', 'open', 1, NULL, NULL, NULL),
                   (2, 'conflict:2,3', 'conflict', 'numeric-conflict', 'Males weigh 7-17 kg but 15-38 lb (6.8-17.2 kg) elsewhere.', 'musk deer', 'weight', 'resolved', 1, 'ann', $at, 'kept the kg figure'),
                   (3, 'absolute-bound:6', 'implausible', 'absolute-bound', 'One sighting a year is not a population.', NULL, 'count', 'resolved', 1, 'bob', $at, '@SUM(A1)');
            INSERT INTO flag_claims (flag_id, claim_id) SELECT 1, id FROM claims WHERE claim_id = $elevation;
            INSERT INTO flag_claims (flag_id, claim_id) SELECT 2, id FROM claims WHERE claim_id IN ($male, $lb);
            INSERT INTO flag_claims (flag_id, claim_id) SELECT 3, id FROM claims WHERE claim_id = $sightings;
            """,
            ("$at", ReviewedAt), ("$shoulder", ShoulderHeight), ("$male", MaleWeightKg), ("$lb", WeightLb), ("$sightings", Sightings),
            ("$status", Status), ("$elevation", Elevation), ("$length", Length));
        return path;
    }

    private static Document Build()
    {
        var text = string.Join(" ", Sentences);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var offset = 0;
        for (var i = 0; i < Sentences.Length; i++)
        {
            sentences.Add(new Sentence(i, offset, offset + Sentences[i].Length, Sentences[i]) { Subject = "musk deer" });
            offset += Sentences[i].Length + 1;
        }

        Claim Numeric(string id, int sentence, string claimText, string attribute, string quantity, double low, double high, string unit,
            double siLow, double siHigh, string siUnit, string? subject = "musk deer", params string[] qualifiers)
        {
            var start = sentences[sentence].Start + Sentences[sentence].IndexOf(claimText, StringComparison.Ordinal);
            return new Claim(id, attribute, quantity, low, high, unit, siLow, siHigh, siUnit, [.. qualifiers], subject, claimText, start, start + claimText.Length);
        }

        sentences[0] = sentences[0] with { Claims = [Numeric(ShoulderHeight, 0, "50-70 cm", "shoulder_height", "length", 50, 70, "cm", 0.5, 0.7, "m")] };
        sentences[1] = sentences[1] with
        {
            Claims =
            [
                Numeric(MaleWeightKg, 1, "7-17 kg", "weight", "mass", 7, 17, "kg", 7, 17, "kg", qualifiers: "male"),
                Numeric(WeightLb, 1, "15-38 lb", "weight", "mass", 15, 38, "lb", 6.8, 17.24, "kg"),
            ],
        };
        var listed = sentences[2].Start + Sentences[2].IndexOf("Endangered", StringComparison.Ordinal);
        sentences[2] = sentences[2] with
        {
            Categorical = [new CategoricalClaim(Status, "conservation_status", "endangered", "IUCN", 2015, "musk deer", "listed as Endangered", listed - 10, listed + 10)],
        };
        sentences[3] = sentences[3] with { Claims = [Numeric(Elevation, 3, "-2 m", "elevation", "length", -2, -2, "m", -2, -2, "m")] };
        sentences[4] = sentences[4] with { Claims = [Numeric(Sightings, 4, "+1 a year", "count", "count", 1, 1, "1", 1, 1, "1", subject: null)] };
        sentences[5] = sentences[5] with { Claims = [Numeric(Length, 5, "80-100 cm", "body_length", "length", 80, 100, "cm", 0.8, 1, "m")] };
        return new Document(Document, Document, text, "5eed") { Sentences = sentences.ToImmutable() };
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
