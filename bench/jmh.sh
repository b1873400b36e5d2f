#!/usr/bin/env bash
# Warm per-figure times of each pipeline stage, with JMH (sources in bench/jmh/java, built by the Maven
# profile `bench` into target/bench, apart from the CLI's own target/figgen.jar). Not part of the test suite.
#
#   bench/jmh.sh                      the benchmarks, 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement (~3 min)
#   bench/jmh.sh StagesBenchmark.rasterise -prof stack      any JMH arguments: a regexp, -p, -prof, ...
#
# The full log goes to target/bench/jmh.log and the results to target/bench/jmh.json; the summary table is
# printed. Run from anywhere; paths in the benchmarks are relative to the repository root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar=target/bench/figgen.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main bench/jmh pom.xml -newer "$jar" -print -quit)" ]; then
  echo "jmh: building the benchmarks (mvn -Pbench package)..." >&2
  mvn -B -q -Pbench -Dmaven.test.skip=true package >&2
fi
# Defaults, each unless given on the command line (JMH refuses an option twice).
args=()
default() {
  local opt=$1 a
  shift
  for a in "${user[@]}"; do
    [ "$a" = "$opt" ] && return
  done
  args+=("$opt" "$@")
}
user=("$@")
default -f 1
default -wi 3
default -i 5
default -w 1s
default -r 1s
default -tu ms
default -rf json
default -rff target/bench/jmh.json
if [ $# -eq 0 ]; then
  # all but two cheap ones (StagesBenchmark.layoutFreshMeasurer, .fontCssCached: run them by name), to
  # stay near 3 minutes
  set -- 'StagesBenchmark\.(parse|sketch|layout|svgWrite|fontSubset.*|rasterise.*|encode|render.*)$' PngEncodePrototype
  if [ -d ../shared/specs ]; then
    set -- "$@" CorpusBenchmark
  else
    echo "jmh: no ../shared/specs, so CorpusBenchmark is skipped" >&2
  fi
fi
echo "jmh: running (log in target/bench/jmh.log)..." >&2
status=0
java -Djava.awt.headless=true -cp "target/bench/classes:target/bench/lib/*" org.openjdk.jmh.Main "${args[@]}" "$@" \
  >target/bench/jmh.log 2>&1 || status=$?
# The summary table JMH prints at the end (from the "Benchmark  Mode  Cnt" header on).
awk '/^Benchmark +(\(.*\) +)?Mode +Cnt/ {p = 1} p' target/bench/jmh.log
if [ "$status" -ne 0 ]; then
  echo "jmh: failed (exit $status); the end of target/bench/jmh.log:" >&2
  tail -30 target/bench/jmh.log >&2
fi
exit "$status"
