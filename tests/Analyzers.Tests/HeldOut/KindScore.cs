namespace Analyzers.Tests;

/// <summary>Counts for one artifact kind: labels found and missed, findings that match none, and damaged documents repaired exactly.</summary>
internal sealed class KindScore
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int DamagedDocuments { get; set; }

    public int RepairedExactly { get; set; }

    public int Labels => TruePositives + FalseNegatives;

    public double? Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double? ExactRepair => Ratio(RepairedExactly, DamagedDocuments);

    public void Add(KindScore other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
        DamagedDocuments += other.DamagedDocuments;
        RepairedExactly += other.RepairedExactly;
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
