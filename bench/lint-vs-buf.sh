#!/usr/bin/env bash
# Whole-process comparison on the googleapis corpus (build/corpus.sh): `protoguard lint` with every PG1xxx rule on
# (--preset strict) against `buf lint` (npm @bufbuild/buf 1.75.0) with STANDARD + COMMENTS + UNARY_RPC, on the same
# files (the corpus minus tests/ProtoGuard.Rules.Tests/testdata/buf/excluded.txt, which protoc or buf refuse), both
# writing JSON to /dev/null. Runs are alternated; prints every run, then the medians and ProtoGuard/buf ratios.
# Wall time and peak RSS come from /usr/bin/time (Debian package `time`). MB = 10^6 bytes.
# Usage: bench/lint-vs-buf.sh [runs=3]
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=$(bash "$repo/build/corpus.sh")
version=1.75.0
tool="$repo/.cache/buf-$version"
if [ ! -x "$tool/node_modules/.bin/buf" ]; then
  mkdir -p "$tool"
  (cd "$tool" && npm install --silent --no-save "@bufbuild/buf@$version" > /dev/null)
fi
buf="$tool/node_modules/.bin/buf"

work=$(mktemp -d /tmp/protoguard-vs-buf.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/corpus"
grep -v '^#' "$repo/tests/ProtoGuard.Rules.Tests/testdata/buf/excluded.txt" | grep -v '^$' | while read -r path; do rm -f "$work/corpus/$path"; done

dotnet build "$repo/src/ProtoGuard.Cli" -c Release --nologo > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
protoguard=(dotnet "$repo/src/ProtoGuard.Cli/bin/Release/net10.0/protoguard.dll" lint . -I . --preset strict --no-buf-config --format json --output /dev/null)
bufcmd=("$buf" lint . --error-format=json --config '{"version":"v2","lint":{"use":["STANDARD","COMMENTS","UNARY_RPC"]}}')

measure() { # name, command...
  local name=$1
  shift
  (cd "$work/corpus" && /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>&1) || true
  read -r wall kb < <(tail -n 1 "$work/time")
  echo "$name $wall $kb" >> "$work/results"
  printf '%-11s wall %6.2f s  peak %6d MB\n' "$name" "$wall" $((kb * 1024 / 1000000))
}

for i in $(seq 1 "$runs"); do
  measure protoguard "${protoguard[@]}"
  measure buf "${bufcmd[@]}"
done

python3 - "$work/results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def med(name, i): return statistics.median(float(r[i]) for r in rows if r[0] == name)
pw, pm, bw, bm = med("protoguard", 1), med("protoguard", 2) * 1024 / 1e6, med("buf", 1), med("buf", 2) * 1024 / 1e6
print(f"median     protoguard {pw:.2f} s / {pm:.0f} MB   buf {bw:.2f} s / {bm:.0f} MB")
print(f"ratio      wall {pw / bw:.2f}x   peak memory {pm / bm:.2f}x   (target <= 0.25x on both)")
PY
