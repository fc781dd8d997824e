using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data;

/// <summary>
/// A row that passed every rule but the repeated-id check, held by <see cref="DossierReportSink"/>
/// until its id is checked together with those of the rows around it: what the table will store of
/// it (<see cref="Columnar.DossierTable"/>'s encoded columns), or, for a repeat, what its rejection names.
/// </summary>
internal struct HeldRow
{
    public long Row;
    public int Unit;
    public int Procedure;
    public int ReceivedDay;
    public int DueDay;
    public int FinishedDay;
    public int RequestedDay;
    public DossierChannel Channel;
    public bool DueAtEndOfDay;
    public DossierExtras Extras;
    public DossierFacts Facts;
}
