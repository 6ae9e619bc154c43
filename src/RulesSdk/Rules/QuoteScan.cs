namespace RulesSdk.Rules;

/// <summary>
/// Whether a quotation is open at a position of a scope, read forward once: positions asked for only grow, so a
/// paragraph costs one pass however many candidates it holds. « » and “ ” count by depth, straight double quotes
/// by parity.
/// </summary>
internal struct QuoteScan(int start)
{
    private int _scanned = start;
    private int _depth;
    private bool _straight;

    public bool IsOpenAt(ReadOnlySpan<char> prose, int position)
    {
        for (; _scanned < position; _scanned++)
        {
            switch (prose[_scanned])
            {
                case '«' or '“':
                    _depth++;
                    break;
                case '»' or '”' when _depth > 0:
                    _depth--;
                    break;
                case '"':
                    _straight = !_straight;
                    break;
            }
        }

        return _depth > 0 || _straight;
    }
}
