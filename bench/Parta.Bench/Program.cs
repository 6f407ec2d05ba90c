using Parta.Bench;
using Parta.Bench.Files;
using Parta.Bench.Messaging;

// Benchmarks for Parta, run against a real server on loopback (Kestrel, real HTTP, real SignalR).
//   dotnet run -c Release --project bench/Parta.Bench -- import [--people 2000] [--runs 3] [--postgres "<connection string>"]
//   … -- classes  [--classes 600] [--members 30] [--seconds 60] [--warmup 15] [--runs 3] [--postgres "…"]
//   … -- density  [--classes 600] [--members 30] [--runs 3] [--postgres "…"]
//   … -- channel  [--members 10000] [--posts 5] [--seconds 60] [--warmup 15] [--runs 3] [--postgres "…"]
//   … -- history  [--messages 1000000] [--chats 200] [--requests 1000] [--warmup 15] [--runs 3] [--postgres "…"]
//   … -- upload   [--megabytes 1024] [--rounds 3] [--postgres "…"]   (one tus upload; its download beside nginx's when installed)
// The warm-up sends at full rate but is not counted: right after thousands of connections the server is still
// compiling its hot path and growing its heap (the slowest acknowledgement of each second, printed, shows it).
// (worker <plan file> is how the messaging scenarios start their load-generator processes.)
var scenario = args.FirstOrDefault() ?? "import";
string Option(string name, string fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
double Number(string name, double fallback) => double.Parse(Option(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
var runs = int.Parse(Option("--runs", "3"));
var postgres = Option("--postgres", "");

switch (scenario)
{
    case "import":
        await ImportBenchmark.RunAsync(int.Parse(Option("--people", "2000")), runs, postgres);
        break;
    case "classes" or "density":
        await MessagingBenchmark.RunAsync(new(scenario, (int)Number("--classes", 600), (int)Number("--members", 30), 0, 1, Number("--seconds", 60), Number("--warmup", 15), runs, postgres));
        break;
    case "channel":
        await MessagingBenchmark.RunAsync(new(scenario, 1, 0, (int)Number("--members", 10_000), Number("--posts", 5), Number("--seconds", 60), Number("--warmup", 15), runs, postgres));
        break;
    case "history":
        await HistoryBenchmark.RunAsync((int)Number("--messages", 1_000_000), (int)Number("--chats", 200), (int)Number("--requests", 1000), Number("--warmup", 15), runs, postgres);
        break;
    case "upload":
        await UploadBenchmark.RunAsync((int)Number("--megabytes", 1024), (int)Number("--rounds", 3), postgres);
        break;
    case "worker":
        return await LoadWorker.RunAsync(args[1]);
    default:
        Console.Error.WriteLine($"Unknown scenario {scenario}. Known: import, classes, density, channel, history, upload");
        return 2;
}
return 0;
