#!/usr/bin/env bash
# What each launcher change buys: cold-process time and peak memory of the same render under the JVM option
# sets the launcher went through, one change at a time (docs/benchmarks.md, "What each change bought").
# Runs are interleaved (see bench/measure.sh). Not part of the test suite.
#
#   bench/flags.sh [single|batch|all]     (default all; BENCH_RUNS=N runs per variant, default 7)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/measure.sh
source bench/measure.sh
need_time
runs="${BENCH_RUNS:-7}"
what="${1:-all}"

./figgen --version >/dev/null # builds the jar and the CDS archive if needed
jar=target/figgen.jar
jsa=target/figgen.jsa
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

base="java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
one="render specs/fig-choice-12.md -o $out/one"
# For comparison, the other kind of archive: a dynamic one, from the same training render as the launcher's.
cp specs/fig-choice-12.md "$out/a.md"
cp specs/fig-choice-12.md "$out/b.md"
$base -XX:-UsePerfData -XX:ArchiveClassesAtExit="$out/dynamic.jsa" -jar $jar render "$out/a.md" "$out/b.md" \
  -o "$out/train" >/dev/null 2>&1
dyn="-XX:SharedArchiveFile=$out/dynamic.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"

if [ "$what" = single ] || [ "$what" = all ]; then
  echo "### One figure (fig-choice-12, SVG + PNG), $runs runs each"
  echo
  table_header
  measure "$runs" \
    "1 original launcher flags (C1, serial GC)" "$base -jar $jar $one" \
    "2 + -XX:-UsePerfData" "$base -XX:-UsePerfData -jar $jar $one" \
    "3 + static AppCDS archive (the launcher's)" "$base -XX:-UsePerfData $cds -jar $jar $one" \
    "3b = 3 with a dynamic archive (ArchiveClassesAtExit)" "$base -XX:-UsePerfData $dyn -jar $jar $one" \
    "3c = 3 with -Xms64m -Xmn32m (the batch heap)" "$base -XX:-UsePerfData -Xms64m -Xmn32m $cds -jar $jar $one" \
    "4 = 3 with full tiered (C1+C2)" "java -Djava.awt.headless=true -XX:+UseSerialGC -XX:-UsePerfData $cds -jar $jar $one" \
    "5 = 3 with G1 instead of serial" "java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:-UsePerfData $cds -jar $jar $one" \
    "7 = 3 with one compiler thread (-XX:CICompilerCount=1)" "$base -XX:CICompilerCount=1 -XX:-UsePerfData $cds -jar $jar $one" \
    "8 = 7 without the warm-up thread (-Dfiggen.warmup=false)" "$base -XX:CICompilerCount=1 -XX:-UsePerfData -Dfiggen.warmup=false $cds -jar $jar $one" \
    "6 the launcher (./figgen)" "./figgen $one"
  echo
fi

if [ "$what" = batch ] || [ "$what" = all ]; then
  if [ -d ../shared/specs ]; then
    n=$(find ../shared/specs -maxdepth 1 -name '*.md' | wc -l)
    batch="render ../shared/specs -o $out/batch"
    echo "### Batch: the $n specs in ../shared/specs in one run (SVG + PNG, -j 2), $runs runs each"
    echo
    table_header
    measure "$runs" \
      "B1 original launcher flags (C1, serial GC)" "$base -jar $jar $batch" \
      "B2 + -XX:-UsePerfData + static AppCDS" "$base -XX:-UsePerfData $cds -jar $jar $batch" \
      "B2b = B2 with a dynamic archive" "$base -XX:-UsePerfData $dyn -jar $jar $batch" \
      "B3 + -Xms64m -Xmn32m" "$base -XX:-UsePerfData -Xms64m -Xmn32m $cds -jar $jar $batch" \
      "B3b = B2 + -Xms64m only" "$base -XX:-UsePerfData -Xms64m $cds -jar $jar $batch" \
      "B6 = B3 with one compiler thread (-XX:CICompilerCount=1)" "$base -XX:CICompilerCount=1 -XX:-UsePerfData -Xms64m -Xmn32m $cds -jar $jar $batch" \
      "B4 = B3 with full tiered (C1+C2)" "java -Djava.awt.headless=true -XX:+UseSerialGC -XX:-UsePerfData -Xms64m -Xmn32m $cds -jar $jar $batch" \
      "B5 the launcher (./figgen)" "./figgen $batch"
    echo
  else
    echo "(no ../shared/specs: batch variants skipped)"
  fi
fi
[ "$BUSY_ROUNDS" -gt 0 ] && echo "note: $BUSY_ROUNDS round(s) started while the CPUs were busy with something else"
exit 0
