using Npgsql;
using Reform.Indicators.Engines;

namespace Reform.Indicators.PostgreSql;

/// <summary>
/// A user's table name, <c>name</c> or <c>schema.name</c>, only ever written into SQL as quoted
/// identifiers (and looked up as a parameter): a name such as <c>dossiers; DROP TABLE x</c> is a
/// table that does not exist, never a statement.
/// </summary>
internal sealed class TableName
{
    private TableName(string? schema, string name)
    {
        Schema = schema;
        Name = name;
        Quoted = (schema is null ? "" : NpgsqlCommandBuilderQuote(schema) + ".") + NpgsqlCommandBuilderQuote(name);
    }

    /// <summary>The schema, or null for the search path's.</summary>
    public string? Schema { get; }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The name as quoted identifiers, e.g. <c>"public"."dossiers"</c>.</summary>
    public string Quoted { get; }

    /// <summary>The name as given.</summary>
    public override string ToString() => Schema is null ? Name : Schema + "." + Name;

    /// <summary>Reads <c>name</c> or <c>schema.name</c> (split at the first dot).</summary>
    /// <exception cref="DossierSourceException">The name or a part of it is empty.</exception>
    public static TableName Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DossierSourceException("The table name is empty: give the table of dossiers, e.g. dossiers or reform.dossiers.");
        }
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return new TableName(null, text);
        }
        string schema = text[..dot], name = text[(dot + 1)..];
        return schema.Length == 0 || name.Length == 0
            ? throw new DossierSourceException($"The table name '{text}' has an empty part: give name or schema.name.")
            : new TableName(schema, name);
    }

    private static string NpgsqlCommandBuilderQuote(string identifier) => new NpgsqlCommandBuilder().QuoteIdentifier(identifier);
}
