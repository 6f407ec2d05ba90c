using System.Diagnostics;
using Parta.Bench;

// Benchmarks for Parta, run against a real server on loopback (Kestrel, real HTTP).
//   dotnet run -c Release --project bench/Parta.Bench -- import [--people 2000] [--runs 3] [--postgres "<connection string>"]
var scenario = args.FirstOrDefault() ?? "import";
string Option(string name, string fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;

switch (scenario)
{
    case "import":
        await ImportBenchmark.RunAsync(int.Parse(Option("--people", "2000")), int.Parse(Option("--runs", "3")), Option("--postgres", ""));
        break;
    default:
        Console.Error.WriteLine($"Unknown scenario {scenario}. Known: import");
        return 2;
}
return 0;
