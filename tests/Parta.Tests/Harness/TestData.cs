namespace Parta.Tests.Harness;

/// <summary>Unique, valid data for each test, so tests own their rows and run in parallel.</summary>
public static class TestData
{
    public static string NewPhone() => "+79" + Random.Shared.NextInt64(0, 1_000_000_000).ToString("D9");

    /// <summary>A 10-digit legal-entity INN with a correct checksum.</summary>
    public static string NewInn()
    {
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var digits = Enumerable.Range(0, 9).Select(i => i == 0 ? Random.Shared.Next(1, 10) : Random.Shared.Next(0, 10)).ToArray();
        var check = digits.Select((d, i) => d * weights[i]).Sum() % 11 % 10;
        return string.Concat(digits) + check;
    }

    public static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static Dictionary<string, string> ApplicationFields(string? inn = null) => new()
    {
        ["kind"] = "school",
        ["fullName"] = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»",
        ["shortName"] = "МБОУ СОШ № 1",
        ["regionCode"] = "43",
        ["municipality"] = "Котельничский район",
        ["settlement"] = "село Юрьево",
        ["adminFullName"] = "Иванова Мария Петровна",
        ["adminPhone"] = "8 (912) " + Random.Shared.Next(100, 999) + "-" + Random.Shared.Next(10, 99) + "-" + Random.Shared.Next(10, 99),
        ["adminEmail"] = $"director{Random.Shared.Next()}@school.example.ru",
        ["inn"] = inn ?? NewInn(),
        ["kpp"] = "431301001",
    };
}
