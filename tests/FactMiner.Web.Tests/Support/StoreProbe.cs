using Microsoft.Data.Sqlite;

namespace FactMiner.Web.Tests.Support;

/// <summary>Reads the store behind the page's back, on its own connection, to see what a decision really wrote.</summary>
internal static class StoreProbe
{
    public static T Scalar<T>(string dbPath, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<string> Column(string dbPath, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "null" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>The id of the open flag whose claims include this one.</summary>
    public static long FlagOf(string dbPath, string claimId) => Scalar<long>(dbPath, """
        SELECT min(f.id) FROM flags f JOIN flag_claims l ON l.flag_id = f.id JOIN claims c ON c.id = l.claim_id
        WHERE c.claim_id = $claim AND f.status = 'open';
        """, ("$claim", claimId));
}
