using System.Diagnostics;
using System.Text;

namespace Parta.Bench;

/// <summary>
/// ORG-5 target: importing 2,000 people must finish in under 30 s. Each run uses a fresh server and
/// school; a roster of classes 1А…11Г with students, parents and teachers is previewed and applied over HTTP.
/// </summary>
public static class ImportBenchmark
{
    public static async Task RunAsync(int people, int runs, string postgres)
    {
        var csv = Roster(people);
        Console.WriteLine($"import: {people} people, {csv.Length / 1024} KiB CSV, {runs} runs, database {(postgres.Length > 0 ? "PostgreSQL" : "SQLite")}");
        var previews = new List<double>();
        var applies = new List<double>();
        foreach (var run in Enumerable.Range(1, runs))
        {
            await using var server = await BenchServer.StartAsync(postgres);
            var org = $"/api/organizations/{server.OrganizationId}";
            var memoryBefore = Process.GetCurrentProcess().WorkingSet64;
            var watch = Stopwatch.StartNew();
            var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "roster.csv" } };
            var preview = await server.SendAsync(server.Admin, HttpMethod.Post, $"{org}/imports", form);
            var previewMs = watch.Elapsed.TotalMilliseconds;
            if (preview["errorCount"]!.GetValue<int>() != 0) throw new InvalidOperationException("The generated roster has errors: " + preview["errors"]);
            watch.Restart();
            var result = await server.SendAsync(server.Admin, HttpMethod.Post, $"{org}/imports/{preview["importId"]}/apply");
            var applyMs = watch.Elapsed.TotalMilliseconds;
            previews.Add(previewMs);
            applies.Add(applyMs);
            Console.WriteLine($"  run {run}: preview {previewMs,7:F0} ms, apply {applyMs,7:F0} ms, total {previewMs + applyMs,7:F0} ms; " +
                $"{result["invitationsSent"]} invitations, {result["classesCreated"]} classes; working set +{(Process.GetCurrentProcess().WorkingSet64 - memoryBefore) / 1024 / 1024} MiB");
        }
        var totals = previews.Zip(applies, (p, a) => p + a).ToList();
        Console.WriteLine($"  total ms: min {totals.Min():F0}, median {Median(totals):F0}, max {totals.Max():F0} (target < 30000)");
        Console.WriteLine($"  throughput: {people / (Median(totals) / 1000):F0} people/s");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Per class of 20: 18 students, 1 parent, 1 teacher — like a school's real list.</summary>
    private static string Roster(int people)
    {
        var builder = new StringBuilder("Класс;Роль;ФИО;Телефон;Email\n");
        string[] letters = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И"];
        for (var i = 0; i < people; i++)
        {
            var classIndex = i / 20;
            var className = $"{classIndex % 11 + 1}{letters[classIndex / 11 % letters.Length]}";
            var role = (i % 20) switch { 18 => "родитель", 19 => "учитель", _ => "ученик" };
            builder.Append($"{(role == "учитель" ? "" : className)};{role};Фамилия{i} Имя Отчество;+79{100000000 + i};{(role == "ученик" ? "" : $"person{i}@bench.example.ru")}\n");
        }
        return builder.ToString();
    }
}
