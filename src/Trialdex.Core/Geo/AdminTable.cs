namespace Trialdex.Core.Geo;

/// <summary>A first-level division (state, province, region): its country's index and its code there.</summary>
internal readonly record struct AdminRef(int Country, string Code);

/// <summary>
/// The gazetteer's first-level divisions, found by name, alias, or by code where the code is letters
/// ("MA" for Massachusetts; GeoNames' numeric codes such as France's "11" are not something people write).
/// </summary>
internal sealed class AdminTable
{
    private readonly Dictionary<AdminRef, string> _names = [];
    private readonly Dictionary<string, List<AdminRef>> _byKey = new(StringComparer.Ordinal);

    public void Add(AdminRef admin, string name, IEnumerable<string> aliases)
    {
        _names[admin] = name;
        var keys = new[] { name }.Concat(aliases).Select(AdminKey.Of);
        if (admin.Code.Any(char.IsLetter))
        {
            keys = keys.Append(PlaceKey.Of(admin.Code));
        }

        foreach (var key in keys.Where(key => key.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var admins = _byKey.TryGetValue(key, out var found) ? found : _byKey[key] = [];
            admins.Add(admin);
        }
    }

    public string? NameOf(int country, string code) => _names.GetValueOrDefault(new AdminRef(country, code));

    /// <summary>The divisions a written name or code may mean, in any country.</summary>
    public IReadOnlyList<AdminRef> Lookup(string text)
    {
        var code = PlaceKey.Of(text);
        var name = AdminKey.Of(text);
        var byName = _byKey.GetValueOrDefault(name) ?? [];
        return code == name || !_byKey.TryGetValue(code, out var byCode) ? byName : [.. byName.Union(byCode)];
    }
}
