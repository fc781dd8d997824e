using Reform.Indicators.Utility;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Units;

namespace Reform.Indicators.Procedures;

/// <summary>
/// An administrative procedure (thủ tục hành chính, TTHC): its national code, the levels that
/// handle it, its statutory time limit, and its online service level over time.
/// </summary>
/// <remarks>
/// <para>The online service level changes over time (a procedure moves from partial to full
/// online service on a date); <see cref="OnlineLevelOn"/> answers for a date. Before the first
/// dated level, the level is <see cref="OnlineServiceLevel.None"/>.</para>
/// <para><see cref="FullOnlineEligible"/> is the national portal's flag "eligible for full online
/// service" (đủ điều kiện toàn trình): the denominator of the share of eligible procedures
/// offered fully online.</para>
/// </remarks>
public sealed record AdministrativeProcedure
{
    /// <summary>Creates a procedure.</summary>
    /// <param name="code">The national code, e.g. <c>1.004227</c>.</param>
    /// <param name="name">The procedure's name.</param>
    /// <param name="timeLimit">The statutory time limit for handling a complete dossier.</param>
    /// <param name="levels">The government levels whose units handle it; empty when unknown.</param>
    /// <param name="field">The field (lĩnh vực), e.g. <c>Hộ tịch</c>; null when unknown.</param>
    /// <param name="onlineLevels">The online service level from each date on, in any order; one level per date.</param>
    /// <param name="fullOnlineEligible">Whether the procedure is eligible for full online service.</param>
    /// <exception cref="ArgumentException">The code or name is blank, a time limit is not positive, or two online levels share a date.</exception>
    public AdministrativeProcedure(
        string code,
        string name,
        TimeLimit timeLimit,
        IEnumerable<GovernmentLevel>? levels = null,
        string? field = null,
        IEnumerable<(LocalDate Since, OnlineServiceLevel Level)>? onlineLevels = null,
        bool fullOnlineEligible = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (timeLimit.Value <= 0)
        {
            throw new ArgumentException($"Procedure '{code}': the time limit must be positive; it was {timeLimit}.", nameof(timeLimit));
        }
        var dated = (onlineLevels ?? []).OrderBy(l => l.Since).ToArray();
        for (int i = 1; i < dated.Length; i++)
        {
            if (dated[i].Since == dated[i - 1].Since)
            {
                throw new ArgumentException($"Procedure '{code}': two online service levels from {dated[i].Since:uuuu-MM-dd}.", nameof(onlineLevels));
            }
        }
        Code = code.Trim();
        Name = name;
        TimeLimit = timeLimit;
        Levels = ValueSet<GovernmentLevel>.Of(levels ?? []);
        Field = field;
        OnlineLevels = ValueList<(LocalDate Since, OnlineServiceLevel Level)>.Of(dated);
        FullOnlineEligible = fullOnlineEligible;
    }

    /// <summary>The national code, e.g. <c>1.004227</c>.</summary>
    public string Code { get; }

    /// <summary>The procedure's name.</summary>
    public string Name { get; }

    /// <summary>The statutory time limit for handling a complete dossier.</summary>
    public TimeLimit TimeLimit { get; }

    /// <summary>The government levels whose units handle the procedure; empty when unknown. Equal by content.</summary>
    public IReadOnlySet<GovernmentLevel> Levels { get; }

    /// <summary>The field (lĩnh vực); null when unknown.</summary>
    public string? Field { get; }

    /// <summary>The online service level from each date on, by date. Equal by content.</summary>
    public IReadOnlyList<(LocalDate Since, OnlineServiceLevel Level)> OnlineLevels { get; }

    /// <summary>Whether the procedure is eligible for full online service (đủ điều kiện toàn trình).</summary>
    public bool FullOnlineEligible { get; }

    /// <summary>The online service level on <paramref name="date"/>: the latest dated level on or before it, else none.</summary>
    public OnlineServiceLevel OnlineLevelOn(LocalDate date)
    {
        var level = OnlineServiceLevel.None;
        foreach (var (since, dated) in OnlineLevels)
        {
            if (since > date)
            {
                break;
            }
            level = dated;
        }
        return level;
    }

    /// <summary>
    /// The first day this version of the procedure (its time limit) is in force, inclusive;
    /// <see langword="null"/> when open. A procedure whose limit changed on a date is two versions
    /// with the same code (docs/specification.md §10.5); a dossier takes the version in force on its receipt date.
    /// </summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The last day this version is in force, inclusive; <see langword="null"/> when open.</summary>
    public LocalDate? ValidTo { get; init; }

    /// <summary>Whether this version is in force on <paramref name="date"/> (<c>ValidFrom ≤ date ≤ ValidTo</c>, an open end always satisfied).</summary>
    public bool IsValidOn(LocalDate date) => (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);

    /// <summary><c>"1.004227 Đăng ký khai sinh (5 working days)"</c>.</summary>
    public override string ToString() => $"{Code} {Name} ({TimeLimit})";
}
