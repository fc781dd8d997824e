using System.Globalization;
using System.Text;

namespace Reform.Indicators.Utility;

/// <summary>The CSV line splitter of the small files embedded in or given to the core (schedules, reference data).</summary>
internal static class CsvLine
{
    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    internal static List<string> Split(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        if (quoted)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: a quoted field is not closed."));
        }
        fields.Add(field.ToString());
        return fields;
    }
}
