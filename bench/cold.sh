#!/usr/bin/env bash
# Whole-process cold time and peak memory: figgen against PlantUML and ditaa, in the same run, interleaved.
# Not part of the test suite. Results and how to read them: docs/benchmarks.md.
#
#   bench/cold.sh                  BENCH_RUNS=N (default 7, at least 5) runs per row, plus one warm-up each
#
# Rows:
#   - figgen, fig-choice-12 to SVG + PNG through the launcher (./figgen), and to SVG only;
#   - PlantUML (Maven Central jar) rendering bench/plantuml-comparable.puml (title, two-node labelled flow,
#     three cards of five bullets, footer: the same content as fig-choice-12) to PNG, and to SVG;
#   - ditaa (Debian package) rendering the ASCII sketch of specs/fig-choice-12.md to PNG;
#   - batches: figgen rendering every spec in ../shared/specs in one run, PlantUML rendering 50 copies of the
#     .puml in one JVM (`java -jar plantuml.jar -tpng dir/*.puml`, its default single-threaded mode, and with
#     -nbthread auto, as figgen uses every core);
#   - warm: figgen's whole render to SVG + PNG in one long-running JVM, per figure (JMH, through bench/jmh.sh).
# "Cold" means a new process each time (new JVM, nothing warm inside it); the OS page cache is warm.
#
# Tools are fetched here, never committed: PlantUML with Maven (dependency:copy into target/bench-tools),
# ditaa and Graphviz (PlantUML's layout engine) with apt-get when missing. PLANTUML_VERSION picks another
# PlantUML; BENCH_DEBIAN_PLANTUML=1 adds Debian's (older) plantuml package as a further row.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/measure.sh
source bench/measure.sh
runs="${BENCH_RUNS:-7}"
[ "$runs" -ge 5 ] || { echo "cold: BENCH_RUNS must be at least 5" >&2; exit 2; }
plantuml_version="${PLANTUML_VERSION:-1.2026.8}"
tools=target/bench-tools

apt_install() {
  echo "cold: installing $* (apt-get)..." >&2
  apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}

# --- tools ------------------------------------------------------------------------------------------------
need_time
[ -f /usr/share/ditaa/ditaa.jar ] || apt_install ditaa
command -v dot >/dev/null || apt_install graphviz
plantuml="$tools/plantuml-$plantuml_version.jar"
if [ ! -f "$plantuml" ]; then
  echo "cold: fetching PlantUML $plantuml_version from Maven Central..." >&2
  mvn -B -q -f pom.xml dependency:copy -Dartifact="net.sourceforge.plantuml:plantuml:$plantuml_version" \
    -DoutputDirectory="$tools" >&2
fi
if [ "${BENCH_DEBIAN_PLANTUML:-0}" = 1 ] && [ ! -f /usr/share/plantuml/plantuml.jar ]; then
  apt_install plantuml
fi

# --- inputs -----------------------------------------------------------------------------------------------
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pu1" "$work/pu50" "$work/one" "$work/svg" "$work/batch"
cp bench/plantuml-comparable.puml "$work/pu1/"
for i in $(seq -w 1 50); do cp bench/plantuml-comparable.puml "$work/pu50/d$i.puml"; done
# the sketch: the fenced block under "## Visual Concept (ASCII Layout)"
awk '/^## Visual Concept/ {s = 1; next} s && /^```/ {if (f) exit; f = 1; next} f' specs/fig-choice-12.md >"$work/sketch.txt"
specs_dir=../shared/specs
n_specs=0
[ -d "$specs_dir" ] && n_specs=$(find "$specs_dir" -maxdepth 1 -name '*.md' | wc -l)

# figgen: build the jar and its start-up archive now, outside the timings
./figgen --version >/dev/null

# --- machine ----------------------------------------------------------------------------------------------
echo "## Cold-process benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM; $(uname -sr)"
echo "- java: $(java -version 2>&1 | head -2 | tail -1)"
echo "- figgen: ./figgen launcher ($(unzip -p target/figgen.jar META-INF/MANIFEST.MF 2>/dev/null | tr -d '\r' \
  | awk -F': ' '/Implementation-Version/ {print $2}')), CDS archive $( [ -f target/figgen.jsa ] && echo present || echo absent)"
echo "- PlantUML $plantuml_version (Maven Central) with $(dot -V 2>&1 | head -1); ditaa $(dpkg-query -W -f '${Version}' ditaa 2>/dev/null) (Debian)"
echo "- $runs runs per row, interleaved, after one warm-up run each; times are wall clock, new process each run"
echo

# --- one figure -------------------------------------------------------------------------------------------
echo "### One figure"
echo
table_header
rows=(
  "figgen fig-choice-12 -> SVG + PNG" "./figgen render specs/fig-choice-12.md -o $work/one"
  "figgen fig-choice-12 -> SVG only" "./figgen render specs/fig-choice-12.md --format svg -o $work/svg"
  "PlantUML comparable diagram -> PNG" "java -jar $plantuml -tpng $work/pu1/plantuml-comparable.puml"
  "PlantUML comparable diagram -> SVG" "java -jar $plantuml -tsvg $work/pu1/plantuml-comparable.puml"
  "ditaa sketch -> PNG" "java -jar /usr/share/ditaa/ditaa.jar $work/sketch.txt $work/sketch.png -o"
)
if [ "${BENCH_DEBIAN_PLANTUML:-0}" = 1 ]; then
  rows+=("PlantUML (Debian 1.2020) comparable diagram -> PNG" "plantuml -tpng $work/pu1/plantuml-comparable.puml")
fi
measure "$runs" "${rows[@]}"
echo

# --- batch ------------------------------------------------------------------------------------------------
if [ "$n_specs" -gt 0 ]; then
  echo "### Batch: $n_specs specs / 50 diagrams in one process"
  echo
  table_header
  measure "$runs" \
    "figgen $n_specs specs ($specs_dir) -> SVG + PNG" "./figgen render $specs_dir -o $work/batch" \
    "PlantUML 50 diagrams -> PNG, one JVM" "java -jar $plantuml -tpng $work/pu50/*.puml" \
    "PlantUML 50 diagrams -> PNG, one JVM, -nbthread auto" "java -jar $plantuml -nbthread auto -tpng $work/pu50/*.puml"
  echo
fi

# --- warm, in one process (JMH) ----------------------------------------------------------------------------
# The whole Renderer.render to SVG + PNG on a warm JVM: fig-choice-12 again and again, and round robin over the
# corpus (bench/jmh.sh; 8 x 1 s warm-up, 8 x 1 s measurement, serial GC).
warm_regex='StagesBenchmark\.renderSvgPng$'
[ "$n_specs" -gt 0 ] && warm_regex='StagesBenchmark\.renderSvgPng$|CorpusBenchmark\.svgPngPerFigure$'
echo "### Warm: one process, figure after figure (JMH)"
echo
echo '```'
bench/jmh.sh "$warm_regex" -wi 8 -i 8 2>/dev/null | grep -E '^(Benchmark +\(|StagesBenchmark\.|CorpusBenchmark\.)' | tee "$work/jmh.txt" || true
echo '```'
echo
warm_one=$(awk '$1 == "StagesBenchmark.renderSvgPng" {print $(NF-3)}' "$work/jmh.txt")
warm_corpus=$(awk '$1 == "CorpusBenchmark.svgPngPerFigure" {print $(NF-3)}' "$work/jmh.txt")

# --- targets (issue #6) -----------------------------------------------------------------------------------
svg_kb=$(( $(stat -c %s "$work/one/fig-choice-12.svg") / 1024 ))
verdict() { awk -v v="$1" -v lim="$2" 'BEGIN {print (v <= lim ? "holds" : "MISSED")}'; }
echo "### Targets"
echo
echo "| target | measured | limit | verdict |"
echo "|---|---:|---:|---|"
f1="${MEDIAN[figgen fig-choice-12 -> SVG + PNG]}"
p1="${MEDIAN[PlantUML comparable diagram -> PNG]}"
r1=$(ratio "$f1" "$p1")
echo "| cold fig-choice-12 SVG+PNG / PlantUML cold PNG | ${f1} s / ${p1} s = ${r1}x | 0.75x | $(verdict "$r1" 0.75) |"
echo "| cold fig-choice-12 SVG+PNG, absolute (the issue's \"around 0.4 s\") | ${f1} s | 0.40 s | $(verdict "$f1" 0.40) |"
if [ "$n_specs" -gt 0 ]; then
  fb="${MEDIAN[figgen $n_specs specs ($specs_dir) -> SVG + PNG]}"
  pb="${MEDIAN[PlantUML 50 diagrams -> PNG, one JVM]}"
  fper=$(awk -v t="$fb" -v n="$n_specs" 'BEGIN {printf "%.1f", 1000 * t / n}')
  pper=$(awk -v t="$pb" 'BEGIN {printf "%.1f", 1000 * t / 50}')
  rb=$(ratio "$fper" "$pper")
  echo "| batch, per figure: figgen / PlantUML | ${fper} ms / ${pper} ms = ${rb}x | 1.5x | $(verdict "$rb" 1.5) |"
  mb="${RSS[figgen $n_specs specs ($specs_dir) -> SVG + PNG]}"
  echo "| peak RSS of the figgen batch (max over runs) | ${mb%.*} MB | 300 MB | $(verdict "${mb%.*}" 300) |"
fi
echo "| fig-choice-12 SVG size, fonts embedded | ${svg_kb} KB | 100 KB | $(verdict "$svg_kb" 100) |"
echo "| warm per figure, SVG+PNG, fig-choice-12 | ${warm_one:-?} ms | 40 ms | $(verdict "${warm_one:-999}" 40) |"
[ -n "$warm_corpus" ] && echo "| warm per figure, SVG+PNG, corpus average | ${warm_corpus} ms | 40 ms | $(verdict "$warm_corpus" 40) |"
echo
[ "$BUSY_ROUNDS" -gt 0 ] && echo "note: $BUSY_ROUNDS round(s) started while the CPUs were busy with other work (shared machine)"
exit 0
