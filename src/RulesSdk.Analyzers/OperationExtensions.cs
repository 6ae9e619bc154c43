using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

internal static class OperationExtensions
{
    /// <summary>The operation under implicit conversions (<c>Rule</c> passed where an object is expected, and so on).</summary>
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The argument bound to the parameter named <paramref name="name"/>, or null.</summary>
    public static IArgumentOperation? Argument(this System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Whether the symbol is the getter of (or the property) <paramref name="propertyName"/>.</summary>
    public static bool IsPropertyOrGetter(this ISymbol? symbol, string propertyName) => symbol switch
    {
        IPropertySymbol property => property.Name == propertyName,
        IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => property.Name == propertyName,
        _ => false,
    };
}
