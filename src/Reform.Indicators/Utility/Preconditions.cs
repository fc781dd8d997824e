using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Reform.Indicators.Utility;

/// <summary>Argument checks shared by the library; the throw paths are kept off the hot path.</summary>
internal static class Preconditions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long CheckNotNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            ThrowNegative(value, paramName);
        }
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(bool inRange, object? value, string message, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!inRange)
        {
            ThrowOutOfRange(value, message, paramName);
        }
    }

    [DoesNotReturn]
    private static void ThrowNegative(long value, string? paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative; it was {value}.");

    [DoesNotReturn]
    internal static void ThrowOutOfRange(object? value, string message, string? paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);

    [DoesNotReturn]
    internal static void ThrowArgument(string message, string? paramName) =>
        throw new ArgumentException(message, paramName);
}
