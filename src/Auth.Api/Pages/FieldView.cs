namespace Auth.Api.Pages;

/// <summary>
/// One labelled input of a form, with the error shown (and announced) next to it. <see cref="Form"/> keeps ids unique
/// on a page with several forms that ask for the same field.
/// </summary>
public sealed record FieldView(string Name, string Label, string Type, string? Value, string? Error, string Autocomplete, string? InputMode, string? Form)
{
    public string Id => Form is null ? $"field-{Name}" : $"field-{Form}-{Name}";
}
