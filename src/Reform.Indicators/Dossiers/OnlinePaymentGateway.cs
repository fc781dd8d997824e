namespace Reform.Indicators.Dossiers;

/// <summary>Where a dossier's fees were paid online, as the national portal's flag says (Decision 766, indicator 3.6).</summary>
public enum OnlinePaymentGateway
{
    /// <summary>Not paid online (paid in person, or nothing paid).</summary>
    None = 0,

    /// <summary>Paid on the national public service portal (DVCQG; flag 1).</summary>
    NationalPortal = 1,

    /// <summary>Paid on the ministry's or province's own payment gateway (flag 2).</summary>
    MinistryOrProvincialGateway = 2,
}
