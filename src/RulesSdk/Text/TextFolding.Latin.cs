namespace RulesSdk.Text;

public static partial class TextFolding
{
    // The base letter of every Latin letter with diacritics, U+00C0–U+024F and U+1E00–U+1EFF, one character per
    // code point (a letter without a decomposition stands for itself). Folding asks this table before
    // string.Normalize, which does not decompose under invariant globalisation (a host app with
    // InvariantGlobalization, a container without ICU), where "é" would otherwise stay "é". Generated from the
    // Unicode decompositions; TextFoldingTests checks it against ICU's. Constants, so that they exist before
    // the folding table that the type initializer builds from them.
    private const int LatinStart = 0x00C0;
    private const int LatinExtendedAdditionalStart = 0x1E00;

    private const string LatinBases =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy"
        + "AaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿ"
        + "ŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ"
        + "ƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿ"
        + "ǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaÆæǤǥGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæØø"
        + "AaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿ"
        + "ɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    private const string LatinExtendedAdditionalBases =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
        + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
        + "WwWwWwWwWwXxXxYyZzZzZzhtwyẚſẜẝẞẟAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
        + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyỺỻỼỽỾỿ";

    private static char? LatinBase(char c) =>
        c >= LatinStart && c - LatinStart < LatinBases.Length ? LatinBases[c - LatinStart]
        : c >= LatinExtendedAdditionalStart && c - LatinExtendedAdditionalStart < LatinExtendedAdditionalBases.Length ? LatinExtendedAdditionalBases[c - LatinExtendedAdditionalStart]
        : null;
}
