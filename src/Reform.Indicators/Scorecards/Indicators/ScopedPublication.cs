using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>A procedure in a publication decision of a unit in scope, with that unit's level (a code outside the hierarchy is a ministry's vertical branch).</summary>
/// <param name="Publication">The publication.</param>
/// <param name="PublisherLevel">The level of the unit that published it.</param>
internal readonly record struct ScopedPublication(ProcedurePublication Publication, GovernmentLevel PublisherLevel);
