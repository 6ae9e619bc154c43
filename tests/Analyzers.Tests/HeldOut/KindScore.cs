namespace Analyzers.Tests;

/// <summary>Counts for one artifact kind: labels found and missed, findings that match none, and damaged documents repaired exactly or acceptably.</summary>
internal sealed class KindScore
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int DamagedDocuments { get; set; }

    public int RepairedExactly { get; set; }

    /// <summary>Damaged documents repaired exactly or into one of the case's acceptable repairs.</summary>
    public int RepairedAcceptably { get; set; }

    public int Labels => TruePositives + FalseNegatives;

    public double? Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double? ExactRepair => Ratio(RepairedExactly, DamagedDocuments);

    public double? AcceptedRepair => Ratio(RepairedAcceptably, DamagedDocuments);

    public void Add(KindScore other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
        DamagedDocuments += other.DamagedDocuments;
        RepairedExactly += other.RepairedExactly;
        RepairedAcceptably += other.RepairedAcceptably;
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
