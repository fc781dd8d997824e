using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Indicators;

/// <summary>
/// The record-at-a-time indicator path: classifies each dossier for a period and adds up the
/// counts of INDICATORS.md §4. It is the readable specification; the columnar engine must give
/// the same answers.
/// </summary>
public static class DossierIndicators
{
    /// <summary>The counts of all <paramref name="dossiers"/> in <paramref name="period"/> (the national group).</summary>
    /// <remarks>An empty input gives zero counts, whose rates have no value.</remarks>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    public static DossierCounts Count(IEnumerable<Dossier> dossiers, ReportingPeriod period, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(period);
        var total = default(DossierCounts);
        foreach (var dossier in dossiers)
        {
            total += DossierCounts.Of(DossierClassifier.Classify(dossier, period, policy), dossier.Channel);
        }
        return total;
    }

    /// <summary>
    /// The counts per handling unit (<see cref="Dossier.UnitCode"/>), ordered by unit code; a unit
    /// appears when at least one of its dossiers is in scope.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    public static IReadOnlyDictionary<string, DossierCounts> CountByUnit(IEnumerable<Dossier> dossiers, ReportingPeriod period, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(period);
        var byUnit = new SortedDictionary<string, DossierCounts>(StringComparer.Ordinal);
        foreach (var dossier in dossiers)
        {
            var dossierClass = DossierClassifier.Classify(dossier, period, policy);
            if (!dossierClass.InScope)
            {
                continue;
            }
            byUnit.TryGetValue(dossier.UnitCode, out var counts);
            byUnit[dossier.UnitCode] = counts + DossierCounts.Of(dossierClass, dossier.Channel);
        }
        return byUnit;
    }
}
