namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>A text-bound annotation: "T1&lt;TAB&gt;Eq-Comparison 120 135&lt;TAB&gt;text"; fragments "0 5;8 12" are joined.</summary>
internal sealed record BratEntity(string Id, string Type, int Start, int End, string Text);

/// <summary>An event: "E1&lt;TAB&gt;Eq-Comparison:T41 Operator:T42 Value:T40"; roles keep their order, numbered roles ("Value2") lose their digits.</summary>
internal sealed record BratEvent(string Id, string Type, string Trigger, IReadOnlyList<(string Role, string Target)> Arguments);

/// <summary>One brat standoff file: its entities by id, events, and attributes ("A3&lt;TAB&gt;Eq-Operator-Value T42 GT") by target.</summary>
internal sealed record BratDocument(
    IReadOnlyDictionary<string, BratEntity> Entities,
    IReadOnlyList<BratEvent> Events,
    IReadOnlyDictionary<string, IReadOnlyList<(string Type, string Value)>> Attributes)
{
    public string? Attribute(string target, string type) =>
        Attributes.TryGetValue(target, out var list) ? list.FirstOrDefault(a => a.Type == type).Value : null;
}
