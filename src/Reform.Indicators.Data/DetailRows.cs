using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

/// <summary>
/// Reads the scorecard's detail columns (<see cref="DetailColumns"/>) of the rows of one data set: checks
/// each row's values (a value that does not parse is a fault of its row, which is then rejected), keeps the
/// details of every accepted dossier, and knows which fields the kept rows state (a field is stated by a
/// row that gives it a value; an empty cell states nothing and reads as false).
/// </summary>
internal sealed class DetailRows
{
    private readonly Dictionary<Dossier, (DossierDetails Details, DossierDetailFields Stated)> kept = new(ReferenceEqualityComparer.Instance);
    private DossierDetails current = new("");
    private DossierDetailFields currentStated;

    /// <summary>Checks the detail columns of <paramref name="record"/>, adding a fault per bad value; remembers its details for <see cref="Keep"/>.</summary>
    public void Check(in RawRecord record, ICollection<RowError> errors)
    {
        var flags = DossierDetailFields.None;
        var stated = DossierDetailFields.None;
        var paid = OnlinePaymentGateway.None;
        for (int j = 0; j < DetailColumns.All.Count; j++)
        {
            var (column, field) = DetailColumns.All[j];
            string? text = record.Values[DetailColumns.First + j];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            if (field == DossierDetailFields.PaidOnline)
            {
                if (!DossierDetailColumns.TryParsePayment(text, out paid))
                {
                    errors.Add(new RowError(record.Row, column.Name, "unknown online payment: expected none, national_portal, gateway, 0, 1 or 2", text));
                    continue;
                }
            }
            else if (DossierFields.TryParseBoolean(text, out bool value))
            {
                flags |= value ? field : 0;
            }
            else
            {
                errors.Add(new RowError(record.Row, column.Name, "not a boolean: expected true, false, 1 or 0", text));
                continue;
            }
            stated |= field;
        }
        current = new DossierDetails(
            "", flags.HasFlag(DossierDetailFields.SyncedToPortal), flags.HasFlag(DossierDetailFields.DigitisedComponents),
            flags.HasFlag(DossierDetailFields.ReusedData), flags.HasFlag(DossierDetailFields.PersonalDataStore),
            flags.HasFlag(DossierDetailFields.PopulationData), paid, flags.HasFlag(DossierDetailFields.FeesAllZero),
            flags.HasFlag(DossierDetailFields.Feedback));
        currentStated = stated;
    }

    /// <summary>Keeps the details of the row last checked for <paramref name="dossier"/>, which it was accepted as.</summary>
    public void Keep(Dossier dossier) => kept[dossier] = (current with { DossierId = dossier.Id }, currentStated);

    /// <summary>
    /// The details of <paramref name="accepted"/> (one per dossier, in order) and the fields they state; no
    /// details at all when no accepted row states any field, so that the data holds no details.
    /// </summary>
    public (IReadOnlyList<DossierDetails> Details, DossierDetailFields Stated) Of(IReadOnlyList<Dossier> accepted)
    {
        var stated = accepted.Aggregate(DossierDetailFields.None, (all, d) => all | kept[d].Stated);
        return (stated == DossierDetailFields.None ? [] : [.. accepted.Select(d => kept[d].Details)], stated);
    }
}
