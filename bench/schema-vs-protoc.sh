#!/usr/bin/env bash
# Whole-process comparison on the googleapis corpus (build/corpus.sh): ProtoGuard.Schema (CorpusPipeline: read, parse,
# link into one ProtoCompilation and write the FileDescriptorSet, keeping everything) against protoc from Grpc.Tools
# (parse + link + descriptors: protoc --descriptor_set_out=/dev/null -I ROOT @args.txt) on the same 7,234 files.
# ProtoGuard runs three times per round:
#   ProtoGuard        .NET's default runtime settings, parsing on one thread (protoc is single-threaded);
#   PG-batch          the settings of a batch compiler run, through the documented runtime knobs
#                     DOTNET_TieredCompilation=0 (methods are compiled optimized on first call instead of running
#                     unoptimized tier-0 code for most of a 5-second process; a compiler server runs optimized code
#                     after warm-up) and DOTNET_gcConcurrent=0 (no background GC thread competing on 2 cores);
#   PG-batch-par      the same, parsing on every core (linking stays on one thread);
#   PG-tool           what the packed protoguard tool ships (src/ProtoGuard.Cli/ProtoGuard.Cli.csproj): the batch settings
#                     plus server GC with up to 4 heaps and no dynamic adaptation (collections on every core), parsing
#                     on every core.
# Runs are alternated; prints every run, then the medians and the ratios to protoc.
# Wall time, CPU time and peak RSS come from /usr/bin/time (Debian package `time`); without it, from bash's `time` and
# by polling VmHWM in /proc/<pid>/status. MB = 10^6 bytes.
# Usage: bench/schema-vs-protoc.sh [runs=3]
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=$(bash "$repo/build/corpus.sh")
case "$(uname -m)" in
  aarch64 | arm64) platform=linux_arm64 ;;
  *) platform=linux_x64 ;;
esac
protoc="${NUGET_PACKAGES:-$HOME/.nuget/packages}/grpc.tools/2.85.0/tools/$platform/protoc"
if [ ! -x "$protoc" ]; then
  echo "protoc not found at $protoc; run 'dotnet restore' first (Grpc.Tools 2.85.0)" >&2
  exit 1
fi

work=$(mktemp -d /tmp/protoguard-vs-protoc.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/bench/ProtoGuard.Schema.Benchmarks" -c Release --nologo > "$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; exit 1; }
protoguard=(dotnet "$repo/bench/ProtoGuard.Schema.Benchmarks/bin/Release/net10.0/ProtoGuard.Schema.Benchmarks.dll")
batch=(env DOTNET_TieredCompilation=0 DOTNET_gcConcurrent=0)
tool=(env DOTNET_TieredCompilation=0 DOTNET_gcConcurrent=0 DOTNET_gcServer=1 DOTNET_GCDynamicAdaptationMode=0 DOTNET_GCHeapCount=4 DOTNET_GCNoAffinitize=1)

# The 7,234 files protoc accepts in one pool (CorpusFiles.OnePool: all but 9 test files of google/protobuf that
# redefine each other's symbols or import siblings by bare name). Both tools get the same list.
"${protoguard[@]}" files "$corpus" > "$work/files.txt"
{ echo "--descriptor_set_out=/dev/null"; echo "-I$corpus"; cat "$work/files.txt"; } > "$work/args.txt"
files=$(wc -l < "$work/files.txt")
bytes=$(cd "$corpus" && tr '\n' '\0' < "$work/files.txt" | xargs -0 cat | wc -c)
cat "$work/files.txt" > /dev/null

# CPU seconds (user + system) of this shell's waited-for children, from the second line of `times` saved in FILE.
children_cpu() { tail -n 1 "$1" | awk '{ for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); sum += t[1] * 60 + t[2] } print sum }'; }

# measure NAME OUTPUT COMMAND...: runs COMMAND in the corpus directory (stdout to OUTPUT) and appends
# "NAME wall_seconds cpu_seconds peak_rss_kib" to results.txt.
measure() {
  local name=$1 output=$2 wall user system peak
  shift 2
  if [ -x /usr/bin/time ]; then
    (cd "$corpus" && /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$output" 2> "$work/stderr.txt") ||
      { cat "$work/stderr.txt" >&2; echo "$name failed" >&2; exit 1; }
    read -r wall user system peak < "$work/time.txt"
    echo "$name $wall $(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') $peak" >> "$work/results.txt"
  else
    # VmHWM is the process's own peak RSS; it is polled until the process exits (dotnet hosts the app in-process).
    local started pid hwm
    times > "$work/times-before.txt"
    started=$(date +%s.%N)
    (cd "$corpus" && exec "$@" > "$output" 2> "$work/stderr.txt") &
    pid=$!
    peak=0
    while hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2> /dev/null) && [ -n "$hwm" ]; do
      [ "$hwm" -gt "$peak" ] && peak=$hwm
      sleep 0.02
    done
    wait "$pid" || { cat "$work/stderr.txt" >&2; echo "$name failed" >&2; exit 1; }
    wall=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    times > "$work/times-after.txt"
    echo "$name $wall $(awk -v a="$(children_cpu "$work/times-before.txt")" -v b="$(children_cpu "$work/times-after.txt")" 'BEGIN { print b - a }') $peak" >> "$work/results.txt"
  fi
}

: > "$work/results.txt"
load=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
  measure protoc /dev/null "$protoc" "@$work/args.txt"
  measure ProtoGuard "$work/ProtoGuard-$run.txt" "${protoguard[@]}" corpus "$corpus" "$work/files.txt" 1
  measure PG-batch "$work/PG-batch-$run.txt" "${batch[@]}" "${protoguard[@]}" corpus "$corpus" "$work/files.txt" 1
  measure PG-batch-par "$work/PG-batch-par-$run.txt" "${batch[@]}" "${protoguard[@]}" corpus "$corpus" "$work/files.txt" "$(nproc)"
  measure PG-tool "$work/PG-tool-$run.txt" "${tool[@]}" "${protoguard[@]}" corpus "$corpus" "$work/files.txt" "$(nproc)"
done

echo "googleapis (npm google-proto-files@6.0.1): $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $runs runs each, alternated; $(nproc) cores; load average before: $load"
echo
echo "run  tool            wall s  cpu s  peak RSS MB"
awk '{ printf "%-4d %-14s %7.2f %6.2f %12.0f\n", int((NR + 4) / 5), $1, $2, $3, $4 * 1024 / 1e6 }' "$work/results.txt"
echo
median() { grep "^$1 " "$work/results.txt" | sort -k2,2 -g | awk -v n="$runs" 'NR == int((n + 1) / 2)'; }
read -r _ protoc_wall protoc_cpu protoc_peak <<< "$(median protoc)"
echo "median run       wall s  cpu s  files/s   MB/s  peak RSS MB  wall/protoc  cpu/protoc"
for variant in protoc ProtoGuard PG-batch PG-batch-par PG-tool; do
  median "$variant" | awk -v files="$files" -v bytes="$bytes" -v cw="$protoc_wall" -v cc="$protoc_cpu" \
    '{ printf "%-14s %8.2f %6.2f %8.0f %6.1f %12.0f %12.2f %11.2f\n", $1, $2, $3, files / $2, bytes / 1e6 / $2, $4 * 1024 / 1e6, $2 / cw, $3 / cc }'
done
echo "(parsing on 1 thread, PG-batch-par and PG-tool on $(nproc); linking on 1 thread; PG-batch: TieredCompilation=0, gcConcurrent=0; PG-tool: also server GC)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
for variant in ProtoGuard PG-batch PG-batch-par PG-tool; do
  echo "$variant in-process (last run):"
  sed 's/^/  /' "$work/$variant-$runs.txt"
done
