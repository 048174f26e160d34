#!/usr/bin/env bash
# The installed-tool experience, whole process, on all of googleapis (build/corpus.sh: npm google-proto-files@6.0.1,
# minus the 11 files of tests/ProtoGuard.Rules.Tests/testdata/buf/excluded.txt that protoc or buf refuse; 7,232 files):
#   lint   `protoguard lint` with its default rules (preset recommended)  against  `buf lint` with STANDARD
#          (npm @bufbuild/buf 1.75.0, build/buf.sh); both write JSON to a file;
#   build  `protoguard build` (FileDescriptorSet)  against  `protoc --descriptor_set_out` (Grpc.Tools 2.85.0);
#          both get the same file list through a response file and write to /dev/null.
# protoguard runs from its Release build with the runtime settings the packed tool ships (runtimeconfig.json).
# Runs are alternated in one go (protoguard lint, buf lint, protoguard build, protoc, repeated); prints every run, the
# medians and the ratios. Wall time, CPU time and peak RSS come from GNU time (/usr/bin/time, Debian package `time`;
# the same fields as its -v report). MB = 10^6 bytes. The load average before and after is printed: on a shared
# machine, compare the ratios of one invocation, not absolute times across invocations.
# Usage: bench/cli-vs-buf.sh [runs=3]
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=$(bash "$repo/build/corpus.sh")
buf=$(bash "$repo/build/buf.sh")
case "$(uname -m)" in
  aarch64 | arm64) platform=linux_arm64 ;;
  *) platform=linux_x64 ;;
esac
protoc="${NUGET_PACKAGES:-$HOME/.nuget/packages}/grpc.tools/2.85.0/tools/$platform/protoc"
if [ ! -x /usr/bin/time ]; then
  echo "GNU time not found at /usr/bin/time (apt-get install time)" >&2
  exit 1
fi

work=$(mktemp -d /tmp/protoguard-cli-vs-buf.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/corpus"
grep -v '^#' "$repo/tests/ProtoGuard.Rules.Tests/testdata/buf/excluded.txt" | grep -v '^$' | while read -r path; do rm -f "$work/corpus/$path"; done
(cd "$work/corpus" && find . -name '*.proto' | sed 's|^\./||' | LC_ALL=C sort) > "$work/files.txt"
files=$(wc -l < "$work/files.txt")
bytes=$(cd "$work/corpus" && tr '\n' '\0' < "$work/files.txt" | xargs -0 cat | wc -c)

dotnet build "$repo/src/ProtoGuard.Cli" -c Release -f net10.0 --nologo > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
if [ ! -x "$protoc" ]; then
  echo "protoc not found at $protoc; run 'dotnet restore' first (Grpc.Tools 2.85.0)" >&2
  exit 1
fi
protoguard=(dotnet "$repo/src/ProtoGuard.Cli/bin/Release/net10.0/protoguard.dll")
{ echo "-o"; echo "/dev/null"; echo "-I"; echo "."; cat "$work/files.txt"; } > "$work/protoguard-build.rsp"
{ echo "--descriptor_set_out=/dev/null"; echo "-I."; cat "$work/files.txt"; } > "$work/protoc.rsp"

# measure NAME ALLOWED_EXIT_CODES COMMAND...: runs COMMAND in the corpus (stdout to NAME.out) and appends
# "NAME wall cpu peak_kib" to results.txt; an exit code outside ALLOWED_EXIT_CODES (space-separated) fails the script.
measure() {
  local name=$1 allowed=$2 status=0 wall user system peak
  shift 2
  (cd "$work/corpus" && /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$work/$name.out" 2> "$work/$name.err") || status=$?
  if [[ " $allowed " != *" $status "* ]]; then
    echo "$name exited with $status:" >&2
    tail -n 20 "$work/$name.err" >&2
    exit 1
  fi
  read -r wall user system peak < <(tail -n 1 "$work/time.txt")
  echo "$name $wall $(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') $peak" >> "$work/results.txt"
}

: > "$work/results.txt"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
  measure pg-lint "0 1" "${protoguard[@]}" lint . -I . --no-buf-config --format json --output "$work/pg-lint.json"
  measure buf-lint "0 100" "$buf" lint . --error-format=json --config '{"version":"v2","lint":{"use":["STANDARD"]}}'
  measure pg-build "0" "${protoguard[@]}" build "@$work/protoguard-build.rsp"
  measure protoc "0" "$protoc" "@$work/protoc.rsp"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "googleapis (npm google-proto-files@6.0.1): $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $runs runs each, alternated; $(nproc) cores"
echo "load average before: $load_before   after: $load_after"
echo "findings: protoguard lint $(grep -c '"ruleId"' "$work/pg-lint.json" || true), buf lint $(grep -c . "$work/buf-lint.out" || true)"
echo
echo "run  tool        wall s   cpu s  peak RSS MB"
awk '{ printf "%-4d %-10s %7.2f %7.2f %12.0f\n", int((NR + 3) / 4), $1, $2, $3, $4 * 1024 / 1e6 }' "$work/results.txt"
echo
median() { # NAME COLUMN: the median of one column over the runs of NAME
  grep "^$1 " "$work/results.txt" | awk -v c="$2" '{ print $c }' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo "median     wall s   cpu s  peak RSS MB"
for tool in pg-lint buf-lint pg-build protoc; do
  printf '%-10s %7.2f %7.2f %12.0f\n' "$tool" "$(median "$tool" 2)" "$(median "$tool" 3)" "$(awk -v k="$(median "$tool" 4)" 'BEGIN { print k * 1024 / 1e6 }')"
done
echo
awk -v lw="$(median pg-lint 2)" -v bw="$(median buf-lint 2)" -v lm="$(median pg-lint 4)" -v bm="$(median buf-lint 4)" \
  'BEGIN { printf "lint  / buf lint:  wall %.2fx   peak memory %.2fx   (target <= 0.25x on both)\n", lw / bw, lm / bm }'
awk -v gw="$(median pg-build 2)" -v pw="$(median protoc 2)" -v gm="$(median pg-build 4)" -v pm="$(median protoc 4)" \
  'BEGIN { printf "build / protoc:    wall %.2fx   peak memory %.2fx   (target <= 0.75x wall)\n", gw / pw, gm / pm }'
