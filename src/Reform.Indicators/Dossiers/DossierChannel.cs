namespace Reform.Indicators.Dossiers;

/// <summary>How a dossier was submitted.</summary>
/// <remarks>
/// Text forms: <c>direct</c>, <c>online</c>, <c>postal</c>, and the national public service
/// portal's (DVCQG) <c>KenhThucHien</c> codes <c>1</c> (direct), <c>2</c> (online),
/// <c>3</c> (postal) — see <see cref="DossierFields"/>.
/// </remarks>
public enum DossierChannel
{
    /// <summary>In person at a one-stop desk (bộ phận một cửa); DVCQG code 1.</summary>
    Direct = 0,

    /// <summary>Through an online public service; DVCQG code 2.</summary>
    Online = 1,

    /// <summary>By public postal service; DVCQG code 3.</summary>
    Postal = 2,
}
