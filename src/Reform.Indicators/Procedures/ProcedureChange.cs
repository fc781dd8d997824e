using Reform.Indicators.Utility;

namespace Reform.Indicators.Procedures;

/// <summary>One line of a <see cref="ProcedureChangeDecision"/>: a procedure and what the decision announces for it.</summary>
/// <remarks>Equality compares the code and the kind.</remarks>
public readonly record struct ProcedureChange
{
    private readonly string? procedureCode;

    /// <summary>Creates a change of the procedure <paramref name="procedureCode"/>.</summary>
    /// <param name="procedureCode">The national procedure code, e.g. <c>1.004227</c>; not empty.</param>
    /// <param name="kind">What the decision announces for it.</param>
    /// <exception cref="ArgumentException">The code is empty, or the kind is not defined.</exception>
    public ProcedureChange(string procedureCode, ProcedureChangeKind kind)
    {
        if (string.IsNullOrWhiteSpace(procedureCode))
        {
            Preconditions.ThrowArgument($"A procedure change needs a procedure code; it was '{procedureCode}'.", nameof(procedureCode));
        }
        if (!Enum.IsDefined(kind))
        {
            Preconditions.ThrowOutOfRange(kind, $"The change of procedure {procedureCode} has kind {(int)kind}, which is not defined.", nameof(kind));
        }
        this.procedureCode = procedureCode;
        Kind = kind;
    }

    /// <summary>The national procedure code, e.g. <c>1.004227</c>.</summary>
    public string ProcedureCode => procedureCode ?? string.Empty;

    /// <summary>What the decision announces for the procedure.</summary>
    public ProcedureChangeKind Kind { get; }

    /// <summary>The code and kind: <c>"1.004227 Amended"</c>.</summary>
    public override string ToString() => $"{ProcedureCode} {Kind}";
}
