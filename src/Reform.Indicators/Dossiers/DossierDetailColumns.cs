namespace Reform.Indicators.Dossiers;

/// <summary>The canonical column name of each <see cref="DossierDetailFields"/> flag, defined once for the readers, writers and coverage notes.</summary>
internal static class DossierDetailColumns
{
    /// <summary><c>synced_to_portal</c>.</summary>
    public const string SyncedToPortal = "synced_to_portal";

    /// <summary><c>digitised_components</c>.</summary>
    public const string DigitisedComponents = "digitised_components";

    /// <summary><c>reused_data</c>.</summary>
    public const string ReusedData = "reused_data";

    /// <summary><c>personal_data_store</c>.</summary>
    public const string PersonalDataStore = "personal_data_store";

    /// <summary><c>population_data</c>.</summary>
    public const string PopulationData = "population_data";

    /// <summary><c>paid_online</c>.</summary>
    public const string PaidOnline = "paid_online";

    /// <summary><c>fees_all_zero</c>.</summary>
    public const string FeesAllZero = "fees_all_zero";

    /// <summary><c>feedback</c>.</summary>
    public const string Feedback = "feedback";

    /// <summary>Each field with its column name, in the order of <see cref="DossierDetails"/>.</summary>
    public static IReadOnlyList<(DossierDetailFields Field, string Name)> All { get; } =
    [
        (DossierDetailFields.SyncedToPortal, SyncedToPortal),
        (DossierDetailFields.DigitisedComponents, DigitisedComponents),
        (DossierDetailFields.ReusedData, ReusedData),
        (DossierDetailFields.PersonalDataStore, PersonalDataStore),
        (DossierDetailFields.PopulationData, PopulationData),
        (DossierDetailFields.PaidOnline, PaidOnline),
        (DossierDetailFields.FeesAllZero, FeesAllZero),
        (DossierDetailFields.Feedback, Feedback),
    ];

    /// <summary>The column names of the fields in <paramref name="fields"/>.</summary>
    public static IEnumerable<string> Names(DossierDetailFields fields) => All.Where(f => fields.HasFlag(f.Field)).Select(f => f.Name);

    /// <summary>Parses <c>paid_online</c>: <c>none</c>, <c>national_portal</c>, <c>gateway</c>, or the portal's flags <c>0</c>, <c>1</c>, <c>2</c> (<c>DuocThanhToanTrucTuyen</c>), case-insensitive and trimmed.</summary>
    public static bool TryParsePayment(ReadOnlySpan<char> text, out OnlinePaymentGateway gateway)
    {
        text = text.Trim();
        gateway = text switch
        {
            "0" => OnlinePaymentGateway.None,
            "1" => OnlinePaymentGateway.NationalPortal,
            "2" => OnlinePaymentGateway.MinistryOrProvincialGateway,
            _ when text.Equals("none", StringComparison.OrdinalIgnoreCase) => OnlinePaymentGateway.None,
            _ when text.Equals("national_portal", StringComparison.OrdinalIgnoreCase) => OnlinePaymentGateway.NationalPortal,
            _ when text.Equals("gateway", StringComparison.OrdinalIgnoreCase) => OnlinePaymentGateway.MinistryOrProvincialGateway,
            _ => (OnlinePaymentGateway)(-1),
        };
        return gateway >= 0;
    }

    /// <summary>The text <see cref="TryParsePayment"/> reads back: <c>none</c>, <c>national_portal</c> or <c>gateway</c>.</summary>
    public static string Format(OnlinePaymentGateway gateway) => gateway switch
    {
        OnlinePaymentGateway.NationalPortal => "national_portal",
        OnlinePaymentGateway.MinistryOrProvincialGateway => "gateway",
        _ => "none",
    };
}
