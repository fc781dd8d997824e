using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data;

/// <summary>
/// A typed row that passed every rule but the repeated-id check, as <see cref="Columnar.DossierTable"/>
/// stores it (its encoded columns) and with the row number its rejection as a repeat would name: what
/// <see cref="DossierReportSink"/> holds until the row's id is checked with those of the rows around it.
/// </summary>
internal struct EncodedRow
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
