namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>How many extracted items matched gold items one to one, with precision, recall and F1.</summary>
/// <param name="Matched">Pairs of an extracted and a gold item that match.</param>
/// <param name="Predicted">Extracted items scored.</param>
/// <param name="Gold">Gold items scored.</param>
public sealed record EvaluationScore(int Matched, int Predicted, int Gold)
{
    /// <summary>Matched over extracted; 0 when nothing was extracted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched over gold; 0 when there is no gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>"P 0.912 R 0.734 F1 0.813 (1234/1353 of 1681)".</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({Matched}/{Predicted} extracted, {Matched}/{Gold} gold)");
}
