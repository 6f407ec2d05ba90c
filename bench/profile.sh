#!/usr/bin/env bash
# Where the cores go during a messaging benchmark run: start the run, then this script in a second shell.
# It waits until the load generator reads at full rate (its workers above 0.4 of a core for 6 s), waits
# DELAY seconds more (past the warm-up), records every CPU with perf for SECONDS, and prints the samples
# split by process (server, generator, PostgreSQL, the rest) and the server's hottest frames, inclusive.
#   bench/profile.sh [DELAY=20] [SECONDS=20] [OUT=/tmp/parta-profile]
# Start the benchmark with DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 so that JIT-compiled
# frames have names. Needs perf (Debian: apt-get install linux-perf) and root.
set -euo pipefail
delay=${1:-20}; seconds=${2:-20}; out=${3:-/tmp/parta-profile}
command -v perf >/dev/null || { echo "perf is missing: apt-get install linux-perf" >&2; exit 1; }

workers_ticks() {
  local t=0 w
  for w in $(pgrep -f "Parta.Bench worker" || true); do t=$((t + $(awk '{print $14 + $15}' "/proc/$w/stat" 2>/dev/null || echo 0))); done
  echo "$t"
}
busy=0; previous=$(workers_ticks)
while [ "$busy" -lt 3 ]; do
  sleep 2; now=$(workers_ticks)
  if [ $((now - previous)) -gt 80 ]; then busy=$((busy + 1)); else busy=0; fi  # 100 ticks a second = one core
  previous=$now
done
echo "generator at full rate at $(date +%T); recording in ${delay} s for ${seconds} s"
sleep "$delay"
server=$(pgrep -f "Parta.Server.dll" | head -1)
workers=$(pgrep -f "Parta.Bench worker" | tr '\n' ' ')
perf record -a -g -F 299 -o "$out.data" -- sleep "$seconds" 2>&1 | tail -1
perf script -i "$out.data" -F comm,pid,ip,sym 2>/dev/null > "$out.txt"
python3 - "$out.txt" "$server" "$workers" <<'PY'
import collections, os, re, sys
path, server, workers = sys.argv[1], sys.argv[2], set(sys.argv[3].split())
by_process, frames_of_server, samples = collections.Counter(), collections.Counter(), 0
def group(comm, pid):
    if pid == server: return 'server'
    if pid in workers: return 'generator'
    if comm.startswith('postgres'): return 'postgres'
    return 'idle' if comm == 'swapper' else comm
def done(head, frames):
    global samples
    if head is None: return
    samples += 1
    who = group(*head)
    by_process[who] += 1
    if who == 'server':
        for frame in set(frames) - {''}: frames_of_server[frame] += 1
head, frames = None, []
for line in open(path, errors='replace'):
    if not line.strip():
        done(head, frames); head, frames = None, []
    elif not line.startswith((' ', '\t')):
        parts = line.split(); head = (parts[0], parts[-1])
    else:
        symbol = line.strip().split(' ', 1)[-1]
        symbol = re.sub(r'\[(OptimizedTier1|Optimized|Tier0|Tier1|QuickJitted|PreJIT|OptimizedTier1OSR|InstrumentedTier\w*)\]', '', symbol)
        frames.append(re.sub(r'\(.*\)|\[[^\]]*\]|class |valuetype |instance ', '', symbol).strip()[:140])
done(head, frames)
cores = os.cpu_count()  # every core is sampled at the same rate
print(f'{samples} samples')
for who, n in by_process.most_common(8): print(f'{100 * n / samples:5.1f} %  {n * cores / samples:4.2f} cores  {who}')
total = by_process['server'] or 1
print('\nserver, inclusive:')
for frame, n in frames_of_server.most_common(60): print(f'{100 * n / total:5.1f} %  {frame}')
PY
