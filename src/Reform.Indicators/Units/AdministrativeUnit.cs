using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// An administrative unit (đơn vị hành chính) or a ministry, as it was over one period of
/// validity: its code, name, level and parent.
/// </summary>
/// <remarks>
/// <para>
/// A unit is one <em>version</em>: when a unit is renamed, merged or moves under another
/// parent, the new state is a new <see cref="AdministrativeUnit"/> with its own validity. Codes
/// are therefore not identities across time: code <c>24</c> was Bắc Giang until 30 June 2025
/// and is the merged Bắc Ninh from 1 July 2025 (Decision 19/2025/QĐ-TTg). Use a
/// <see cref="UnitRegistry"/> to find the unit a code names on a date, and a
/// <see cref="Crosswalk"/> to compare across a reorganisation.
/// </para>
/// <para>
/// <see cref="ValidFrom"/> and <see cref="ValidTo"/> are both <em>inclusive</em>; a missing end
/// is open (valid since always, or still valid). Ministries and provinces have no parent;
/// districts and communes must have one. Equality compares every property.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var bacGiang = new AdministrativeUnit("24", "Bắc Giang", GovernmentLevel.Province, null, null, new LocalDate(2025, 6, 30));
/// bacGiang.IsValidOn(new LocalDate(2025, 6, 30)); // true
/// bacGiang.IsValidOn(new LocalDate(2025, 7, 1));  // false
/// bacGiang.ToString(); // "24 Bắc Giang (province, until 2025-06-30)"
/// </code>
/// </example>
public sealed record AdministrativeUnit
{
    /// <summary>Creates a unit version.</summary>
    /// <param name="code">The unit's code, e.g. <c>01</c> (a province: 2 digits), <c>001</c> (a district: 3), <c>00001</c> (a commune: 5); not empty, no surrounding white space.</param>
    /// <param name="name">The unit's name, e.g. <c>Hà Nội</c>; not empty.</param>
    /// <param name="level">The government level.</param>
    /// <param name="parentCode">The code of the unit directly above; <see langword="null"/> for ministries and provinces, required for districts and communes.</param>
    /// <param name="validFrom">The first day the unit is valid (inclusive); <see langword="null"/> when open.</param>
    /// <param name="validTo">The last day the unit is valid (inclusive); <see langword="null"/> when open.</param>
    /// <exception cref="ArgumentException">The code or name is empty or padded, the parent does not fit the level, the parent is the unit itself, or <paramref name="validTo"/> is before <paramref name="validFrom"/>; the message names the unit.</exception>
    public AdministrativeUnit(
        string code, string name, GovernmentLevel level, string? parentCode, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(name);
        if (code.Length == 0 || code.Trim().Length != code.Length)
        {
            Preconditions.ThrowArgument($"A unit code must be non-empty with no surrounding white space; it was '{code}'.", nameof(code));
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            Preconditions.ThrowArgument($"Unit {code} has an empty name.", nameof(name));
        }
        if (!Enum.IsDefined(level))
        {
            Preconditions.ThrowOutOfRange(level, $"Unit {code} has level {(int)level}, which is not a government level.", nameof(level));
        }
        if (level.IsTopLevel() && parentCode is not null)
        {
            Preconditions.ThrowArgument($"Unit {code} ({name}) is a {level.ToName()}, which is top-level, but has parent {parentCode}.", nameof(parentCode));
        }
        if (!level.IsTopLevel() && string.IsNullOrWhiteSpace(parentCode))
        {
            Preconditions.ThrowArgument($"Unit {code} ({name}) is a {level.ToName()}, which needs a parent, but has none.", nameof(parentCode));
        }
        if (parentCode == code)
        {
            Preconditions.ThrowArgument($"Unit {code} ({name}) is its own parent.", nameof(parentCode));
        }
        if (validFrom is { } from && validTo is { } to && to < from)
        {
            Preconditions.ThrowArgument(
                $"Unit {code} ({name}) ends on {IsoDates.Format(to)}, before it starts on {IsoDates.Format(from)}.", nameof(validTo));
        }
        Code = code;
        Name = name;
        Level = level;
        ParentCode = parentCode;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The unit's code (mã đơn vị hành chính), unique among the units valid on any one day.</summary>
    public string Code { get; }

    /// <summary>The unit's name in Vietnamese.</summary>
    public string Name { get; }

    /// <summary>The government level.</summary>
    public GovernmentLevel Level { get; }

    /// <summary>The code of the unit directly above, or <see langword="null"/> at the top (ministries, provinces).</summary>
    public string? ParentCode { get; }

    /// <summary>The first day of validity, inclusive; <see langword="null"/> when open (valid since before any date of interest).</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day of validity, inclusive; <see langword="null"/> when open (still valid).</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Whether the unit is valid on <paramref name="date"/>: <c>ValidFrom ≤ date ≤ ValidTo</c>, an open end always satisfied.</summary>
    public bool IsValidOn(LocalDate date) =>
        (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);

    /// <summary>Whether this unit and <paramref name="other"/> are both valid on at least one common day.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(AdministrativeUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }

    /// <summary>The code, name, level and validity: <c>"24 Bắc Ninh (province, from 2025-07-01)"</c>.</summary>
    public override string ToString() => $"{Code} {Name} ({Level.ToName()}, {IsoDates.Range(ValidFrom, ValidTo)})";

    internal LocalDate Start => ValidFrom ?? LocalDate.MinIsoValue;

    internal LocalDate End => ValidTo ?? LocalDate.MaxIsoValue;
}
