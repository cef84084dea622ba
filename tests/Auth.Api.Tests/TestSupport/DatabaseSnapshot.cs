using System.Text;
using Microsoft.Data.Sqlite;

namespace Auth.Api.Tests.TestSupport;

/// <summary>Every row of every table of a SQLite database as text, to prove that requests changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static string Take(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }

        var snapshot = new StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            snapshot.Append('#').AppendLine(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) snapshot.Append(reader.GetValue(i)).Append('|');
                snapshot.AppendLine();
            }
        }

        return snapshot.ToString();
    }
}
