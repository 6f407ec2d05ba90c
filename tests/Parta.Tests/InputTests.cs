using Parta.Server.Infrastructure;

namespace Parta.Tests;

public sealed class InputTests
{
    [Theory]
    [InlineData("+7 912 345-67-89", "+79123456789")]
    [InlineData("8 (912) 345-67-89", "+79123456789")]
    [InlineData("89123456789", "+79123456789")]
    [InlineData("79123456789", "+79123456789")]
    [InlineData("9123456789", "+79123456789")]
    [InlineData(" +7(912)3456789 ", "+79123456789")]
    [InlineData("+7 495 123-45-67", null)]
    [InlineData("+8 912 345-67-89", null)]
    [InlineData("+1 912 345 67 89", null)]
    [InlineData("912345678", null)]
    [InlineData("телефон", null)]
    [InlineData("", null)]
    public void Mobile_phones_are_normalized_to_plus_seven(string input, string? expected) =>
        Assert.Equal(expected, Input.NormalizeMobilePhone(input));

    [Theory]
    [InlineData("7707083893", true)]  // Sberbank
    [InlineData("7736207543", true)]  // Yandex
    [InlineData("7707083894", false)]
    [InlineData("1234567890", false)]
    public void Inn_checksum_follows_the_tax_service_algorithm(string inn, bool valid) =>
        Assert.Equal(valid, Input.IsValidInnChecksum(inn));

    [Theory]
    [InlineData("773601001", true)]
    [InlineData("7736AB001", true)]
    [InlineData("7736ab001", false)]
    [InlineData("77360100", false)]
    [InlineData("7736010011", false)]
    public void Kpp_format_is_four_digits_two_digits_or_capitals_three_digits(string kpp, bool valid)
    {
        var errors = new FieldErrors();
        Assert.Equal(valid, Input.Kpp(errors, "kpp", kpp) is not null);
        Assert.Equal(!valid, errors.Any);
    }

    [Fact]
    public void Slugs_transliterate_russian_names_and_add_a_random_suffix()
    {
        var slug = Slugs.For("МБОУ «СОШ № 1» с. Юрьево");
        Assert.Matches("^mbou-sosh-1-s-yurevo-[0-9a-f]{4}$", slug);
        Assert.NotEqual(slug, Slugs.For("МБОУ «СОШ № 1» с. Юрьево"));
    }

    [Fact]
    public void Text_fields_collapse_whitespace_and_refuse_markup()
    {
        var errors = new FieldErrors();
        Assert.Equal("село Юрьево", Input.Text(errors, "s", "  село \t Юрьево ", 50));
        Assert.Null(Input.Text(errors, "n", "<b>", 50));
        Assert.True(errors.Has("n"));
    }
}
