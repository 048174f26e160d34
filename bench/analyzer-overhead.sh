#!/usr/bin/env bash
# Measures what ProtoGuard's analyzers and generators add to the build of a generated C# gRPC project:
# N .proto files (one service each, Grpc.Tools Both) + N C# files that use the clients and implement the services.
# Builds the same project with and without ProtoGuard (analyzers from source, like samples/), alternating, and
# prints the medians of wall and CPU time (user + system of the whole build process tree) and the medians of the
# per-run ratios (each "with" build against the "without" build next to it, so drift in machine speed cancels); the
# same for the compiler process alone (timed through a wrapper MSBuild runs as CscToolExe).
# Usage: bench/analyzer-overhead.sh [files=200] [runs=5] [extra msbuild args...]
# PROTOGUARD_OVERHEAD_KEEP=DIR writes the generated project to DIR and keeps it (for -bl or -p:ReportAnalyzer=true).
# PROTOGUARD_OVERHEAD_MODE=analyzers measures the analyzers alone (no generators); =false compares the build without
# ProtoGuard with itself (an A/A run: the noise of this machine); default: the whole package.
# PROTOGUARD_OVERHEAD_BASELINE=DIR also builds with the package of another checkout (e.g. a clone at the commit before a
# change, built by this script too), alternated with the other two: before/after on the same machine state.
# e.g. bench/analyzer-overhead.sh 200 5 -p:ProtoGuardFieldMaskHelpers=all (helpers for every message, not only
# update-request resources: this project has none, so the default generates no FieldMask helpers).
set -euo pipefail
files=${1:-200}
runs=${2:-5}
extra=("${@:3}")
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -n "${PROTOGUARD_OVERHEAD_KEEP:-}" ]; then
  work=$PROTOGUARD_OVERHEAD_KEEP
  rm -rf "$work"
  mkdir -p "$work"
else
  work=$(mktemp -d /tmp/protoguard-overhead.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi

mkdir -p "$work/Protos" "$work/Code"
cat > "$work/Overhead.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <OutputType>Library</OutputType>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Grpc.Tools" Version="2.85.0" PrivateAssets="all" />
    <PackageReference Include="Grpc.AspNetCore.Server" Version="2.85.0" />
    <PackageReference Include="Grpc.Net.Client" Version="2.85.0" />
    <PackageReference Include="Google.Protobuf" Version="3.36.2" />
    <Protobuf Include="Protos/*.proto" GrpcServices="Both" />
  </ItemGroup>
  <Import Project="$repo/build/ProtoGuard.props" Condition="'\$(UseProtoGuard)' != 'false'" />
  <Import Project="$repo/build/ProtoGuard.targets" Condition="'\$(UseProtoGuard)' != 'false'" />
  <ItemGroup Condition="'\$(UseProtoGuard)' == 'true'">
    <Analyzer Include="$repo/src/ProtoGuard/bin/Release/netstandard2.0/ProtoGuard.*.dll" />
  </ItemGroup>
  <ItemGroup Condition="'\$(UseProtoGuard)' == 'baseline'">
    <Analyzer Include="${PROTOGUARD_OVERHEAD_BASELINE:-/nonexistent}/src/ProtoGuard/bin/Release/netstandard2.0/ProtoGuard.*.dll" />
  </ItemGroup>
  <ItemGroup Condition="'\$(UseProtoGuard)' == 'analyzers'">
    <Analyzer Include="$repo/src/ProtoGuard/bin/Release/netstandard2.0/ProtoGuard.Analyzers.dll;$repo/src/ProtoGuard/bin/Release/netstandard2.0/ProtoGuard.Rules.dll;$repo/src/ProtoGuard/bin/Release/netstandard2.0/ProtoGuard.Schema.dll" />
  </ItemGroup>
</Project>
XML
cat > "$work/Directory.Build.props" <<'XML'
<Project />
XML

for i in $(seq 1 "$files"); do
  cat > "$work/Protos/svc$i.proto" <<PROTO
syntax = "proto3";
package bench.v$i;
import "google/protobuf/timestamp.proto";
enum State$i { STATE${i}_UNSPECIFIED = 0; STATE${i}_ACTIVE = 1; }
message Item$i { string id = 1; string name = 2; State$i state = 3; google.protobuf.Timestamp created_at = 4; repeated string tags = 5; map<string, string> labels = 6; }
message GetItem${i}Request { string id = 1; }
message ListItems${i}Request { int32 page_size = 1; string page_token = 2; }
message ListItems${i}Response { repeated Item$i items = 1; string next_page_token = 2; }
service Items${i}Service {
  rpc GetItem(GetItem${i}Request) returns (Item$i);
  rpc ListItems(ListItems${i}Request) returns (ListItems${i}Response);
  rpc WatchItems(GetItem${i}Request) returns (stream Item$i);
}
PROTO
  cat > "$work/Code/Use$i.cs" <<CS
using System;
using System.Threading;
using System.Threading.Tasks;
using Grpc.Core;
using Bench.V$i;

namespace Bench.Code$i;

public sealed class Server$i : Items${i}Service.Items${i}ServiceBase
{
    public override Task<Item$i> GetItem(GetItem${i}Request request, ServerCallContext context)
    {
        if (string.IsNullOrEmpty(request.Id)) throw new RpcException(new Status(StatusCode.InvalidArgument, "id"));
        return Task.FromResult(new Item$i { Id = request.Id, Name = "n" + request.Id });
    }

    public override async Task WatchItems(GetItem${i}Request request, IServerStreamWriter<Item$i> responseStream, ServerCallContext context)
    {
        while (!context.CancellationToken.IsCancellationRequested)
        {
            await responseStream.WriteAsync(new Item$i { Id = request.Id }, context.CancellationToken);
            await Task.Delay(100, context.CancellationToken);
        }
    }
}

public static class Client$i
{
    public static async Task<int> CountAsync(Items${i}Service.Items${i}ServiceClient client, CancellationToken cancellationToken)
    {
        var count = 0;
        var token = "";
        do
        {
            var page = await client.ListItemsAsync(new ListItems${i}Request { PageSize = 50, PageToken = token }, deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: cancellationToken);
            count += page.Items.Count;
            token = page.NextPageToken;
        }
        while (token.Length != 0);
        var item = await client.GetItemAsync(new GetItem${i}Request { Id = "x" }, deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: cancellationToken);
        return count + item.Name.Length;
    }
}
CS
done

echo "packing analyzers (Release) ..."
dotnet build "$repo/src/ProtoGuard/ProtoGuard.csproj" -c Release -v q -nologo > /dev/null
# The package's ReadyToRun images (readytorun/linux-x64/), which ProtoGuard.targets gives the compiler on linux-x64:
# published from the same build, so the "with" builds load what a package consumer's build loads on this machine.
# Pass -p:ProtoGuardReadyToRun=false to measure the portable assemblies instead.
readytorun() { # checkout, output folder
  if [ -f "$1/src/ProtoGuard.ReadyToRun/ProtoGuard.ReadyToRun.csproj" ]; then
    dotnet publish "$1/src/ProtoGuard.ReadyToRun/ProtoGuard.ReadyToRun.csproj" -c Release -v q -nologo -o "$2" > /dev/null
  fi
}
readytorun "$repo" "$work/readytorun"
baseline=${PROTOGUARD_OVERHEAD_BASELINE:-}
if [ -n "$baseline" ]; then
  dotnet build "$baseline/src/ProtoGuard/ProtoGuard.csproj" -c Release -v q -nologo > /dev/null
  readytorun "$baseline" "$work/readytorun-baseline"
fi
cd "$work"
dotnet restore -v q -nologo > /dev/null
dotnet build --no-restore -v q -nologo -p:UseProtoGuard=true -p:ProtoGuardReadyToRunDirectory="$work/readytorun/" > /dev/null   # warm-up, and proves it builds

# The compiler process is timed on its own too (MSBuild runs it through this wrapper instead of `dotnet exec csc.dll`
# itself): the part of the build where analyzers and generators run, without MSBuild's and protoc's share of the noise.
csc_dll="$(realpath "$(dotnet msbuild -nologo -getProperty:RoslynTargetsPath)")/bincore/csc.dll"
cat > "$work/csc-timed.sh" <<SH
#!/usr/bin/env bash
exec /usr/bin/time -f '%e %U %S' -o "$work/csc.time" dotnet exec "$csc_dll" "\$@"
SH
chmod +x "$work/csc-timed.sh"

# One build: prints "wall_ms cpu_ms compiler_wall_ms compiler_cpu_ms". CPU is user + system of the whole process tree
# (MSBuild nodes and the compiler are children of `dotnet build` and are waited for, so GNU time counts them).
measure() {
  local images="$work/readytorun/"
  if [ "$1" = baseline ]; then images="$work/readytorun-baseline/"; fi
  rm -f "$work/csc.time"
  /usr/bin/time -f '%e %U %S' -o "$work/time" \
    dotnet build --no-restore --no-incremental -v q -nologo -p:UseProtoGuard="$1" -p:TreatWarningsAsErrors=false \
      -p:ProtoGuardReadyToRunDirectory="$images" -p:CscToolPath="$work" -p:CscToolExe=csc-timed.sh "${extra[@]}" > /dev/null
  { tail -n 1 "$work/time"; tail -n 1 "$work/csc.time"; } | tr '\n' ' ' \
    | awk '{ printf "%d %d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 * 1000, ($5 + $6) * 1000 }'
}

mode=${PROTOGUARD_OVERHEAD_MODE:-true}
wall0=(); wall1=(); wall2=(); cpu0=(); cpu1=(); cpu2=(); pair1=(); pair2=(); cpair1=(); cpair2=()
cwall0=(); cwall1=(); ccpu0=(); ccpu1=(); ccpair=(); ccpupair=()
for run in $(seq 1 "$runs"); do
  # Alternate which build goes first (ABBA): the second build of a pair is not always the same variant, so an order
  # effect (page cache, memory the first build left to reclaim) cancels over the runs instead of favoring one side.
  if [ $((run % 2)) -eq 1 ]; then
    read -r w0 c0 k0 kc0 < <(measure false)
    read -r w1 c1 k1 kc1 < <(measure "$mode")
  else
    read -r w1 c1 k1 kc1 < <(measure "$mode")
    read -r w0 c0 k0 kc0 < <(measure false)
  fi
  wall0+=("$w0"); cpu0+=("$c0"); wall1+=("$w1"); cpu1+=("$c1")
  cwall0+=("$k0"); ccpu0+=("$kc0"); cwall1+=("$k1"); ccpu1+=("$kc1")
  pair1+=("$(awk -v a="$w0" -v b="$w1" 'BEGIN { printf "%.4f", b/a }')")
  cpair1+=("$(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.4f", b/a }')")
  ccpair+=("$(awk -v a="$k0" -v b="$k1" 'BEGIN { printf "%.4f", b/a }')")
  ccpupair+=("$(awk -v a="$kc0" -v b="$kc1" 'BEGIN { printf "%.4f", b/a }')")
  line="run $run: without ${w0} ms (cpu ${c0}; compiler ${k0}, cpu ${kc0}), with ${w1} ms (cpu ${c1}; compiler ${k1}, cpu ${kc1})"
  if [ -n "$baseline" ]; then
    read -r w2 c2 _ _ < <(measure baseline)
    wall2+=("$w2"); cpu2+=("$c2")
    pair2+=("$(awk -v a="$w0" -v b="$w2" 'BEGIN { printf "%.4f", b/a }')")
    cpair2+=("$(awk -v a="$c0" -v b="$c2" 'BEGIN { printf "%.4f", b/a }')")
    line="$line, with baseline ${w2} ms (cpu ${c2})"
  fi
  echo "$line (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "files: $files, runs: $runs, measured: $(case "$mode" in analyzers) echo 'analyzers only' ;; false) echo 'without against without (A/A: the noise)' ;; *) echo 'whole package' ;; esac), extra: ${extra[*]:-none}"
report() { # label, walls..., cpus... via names
  local label=$1 w=$2 c=$3 pw=$4 pc=$5
  local -n wr=$w cr=$c pwr=$pw pcr=$pc
  printf '%-22s wall median %6.0f ms, cpu median %6.0f ms' "$label" "$(median "${wr[@]}")" "$(median "${cr[@]}")"
  if [ -n "$pw" ] && [ ${#pwr[@]} -gt 0 ]; then
    printf ' | ratio to without (median of paired runs): wall %.3f, cpu %.3f' "$(median "${pwr[@]}")" "$(median "${pcr[@]}")"
  fi
  echo
}
none=()
report "without ProtoGuard" wall0 cpu0 none none
report "with ProtoGuard" wall1 cpu1 pair1 cpair1
report "compiler, without" cwall0 ccpu0 none none
report "compiler, with" cwall1 ccpu1 ccpair ccpupair
if [ -n "$baseline" ]; then
  report "with baseline" wall2 cpu2 pair2 cpair2
  echo "baseline: $baseline"
fi
