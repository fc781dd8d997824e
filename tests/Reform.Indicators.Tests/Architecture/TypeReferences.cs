using System.Reflection;
using System.Reflection.Emit;

namespace Reform.Indicators.Tests.Architecture;

/// <summary>
/// Every type a compiled type refers to: its base type, interfaces, attributes, the types in the
/// signatures of its fields, properties, events, methods and constructors, and every type, method
/// and field token in its method bodies' IL. Read from the compiled assembly, so a reference
/// counts whether it is written with a <c>using</c>, a qualified name, <c>var</c> or an extension
/// method; a name in a documentation comment does not.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>The types <paramref name="type"/> refers to (generic types as their definitions, arrays as their elements, with their type arguments).</summary>
    public static HashSet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        var seen = new HashSet<Type>(); // every type visited, generic parameters and constructed types too (T : IComparable<T> recurses)
        void Add(Type? t)
        {
            if (t is null || !seen.Add(t))
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }
            if (t.IsGenericParameter)
            {
                foreach (var constraint in t.GetGenericParameterConstraints())
                {
                    Add(constraint);
                }
                return;
            }
            if (t.IsConstructedGenericType)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
                return;
            }
            found.Add(t);
        }
        void Attributes(IEnumerable<CustomAttributeData> attributes)
        {
            foreach (var attribute in attributes)
            {
                Add(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
                {
                    Add(argument.ArgumentType);
                    if (argument.Value is Type value)
                    {
                        Add(value);
                    }
                }
            }
        }

        Add(type.BaseType);
        foreach (var face in type.GetInterfaces())
        {
            Add(face);
        }
        foreach (var parameter in type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])
        {
            Add(parameter);
        }
        Attributes(type.CustomAttributes);
        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType);
            Attributes(field.CustomAttributes);
        }
        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType);
            Attributes(property.CustomAttributes);
        }
        foreach (var @event in type.GetEvents(Declared))
        {
            Add(@event.EventHandlerType);
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            Attributes(method.CustomAttributes);
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
                foreach (var parameter in info.IsGenericMethodDefinition ? info.GetGenericArguments() : [])
                {
                    Add(parameter);
                }
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
                Attributes(parameter.CustomAttributes);
            }
            if (method.GetMethodBody() is { } body)
            {
                foreach (var local in body.LocalVariables)
                {
                    Add(local.LocalType);
                }
                foreach (var member in BodyTokens(method, body.GetILAsByteArray() ?? []))
                {
                    switch (member)
                    {
                        case Type t:
                            Add(t);
                            break;
                        case MethodInfo m:
                            Add(m.DeclaringType);
                            foreach (var argument in m.IsGenericMethod ? m.GetGenericArguments() : [])
                            {
                                Add(argument);
                            }
                            break;
                        default:
                            Add(member.DeclaringType);
                            break;
                    }
                }
            }
        }
        return found;
    }

    /// <summary>The members that the tokens of an IL body name.</summary>
    private static IEnumerable<MemberInfo> BodyTokens(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int i = 0; i < il.Length;)
        {
            short code = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var operand = Operands[code];
            switch (operand)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    yield return method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments)!;
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default: // 4-byte operands: branch targets, int32, float32, strings, signatures
                    i += 4;
                    break;
            }
        }
    }
}
