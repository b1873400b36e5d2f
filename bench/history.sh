#!/usr/bin/env bash
# What each commit bought: builds figgen at several revisions side by side (git worktrees under
# target/history) and times them in the same run, interleaved, through each revision's own launcher.
# Not part of the test suite. Results: docs/benchmarks.md.
#
#   bench/history.sh                  the speed commits of issue #6, BENCH_RUNS=N (default 7) runs per row
#   bench/history.sh REV LABEL ...    other revisions, each followed by its label
#
# Rows per revision: fig-choice-12 to SVG + PNG (one cold process), and every spec in ../shared/specs in one
# process. Each revision renders into its own temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/measure.sh
source bench/measure.sh
runs="${BENCH_RUNS:-7}"
need_time

if [ $# -eq 0 ]; then
  set -- \
    7ad08cd "start of the session: ImageIO encoder, Batik's ImageTranscoder" \
    c485f73 "+ own PNG encoder (filter None, zlib 3)" \
    36bb8b6 "+ paint straight into the output image" \
    082cec4 "+ font subsets while Batik rasterises" \
    2ead599 "+ warm-up thread (theme, PNG stage)" \
    7b407e6 "+ only the named subcommand built" \
    ce35024 "+ no invokedynamic string concatenation" \
    4cc034f "+ deflate in strips on two cores" \
    d4b6a68 "+ no bidi TextLayout for LTR text" \
    HEAD "+ layout caches (HEAD)"
fi

specs_dir="$(cd ../shared/specs 2>/dev/null && pwd || true)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p target/history
rows_one=()
rows_batch=()
while [ $# -ge 2 ]; do
  rev=$1 label=$2
  shift 2
  sha=$(git rev-parse --short "$rev")
  tree="target/history/$sha"
  if [ ! -d "$tree" ]; then
    echo "history: checking out $sha..." >&2
    git worktree add --detach "$tree" "$sha" >/dev/null 2>&1
  fi
  echo "history: building $sha..." >&2
  (cd "$tree" && ./figgen --version >/dev/null 2>&1)
  rows_one+=("$sha $label" "cd $tree && ./figgen render $root/specs/fig-choice-12.md -o $work/one-$sha")
  [ -n "$specs_dir" ] && rows_batch+=("$sha $label" "cd $tree && ./figgen render $specs_dir -o $work/batch-$sha")
done

echo "## Revisions compared ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $runs runs per row, interleaved)"
echo
echo "### One figure: fig-choice-12 -> SVG + PNG, cold process"
echo
table_header
measure "$runs" "${rows_one[@]}"
echo
if [ ${#rows_batch[@]} -gt 0 ]; then
  echo "### Batch: the specs in ../shared/specs -> SVG + PNG, one process"
  echo
  table_header
  measure "$runs" "${rows_batch[@]}"
  echo
fi
[ "$BUSY_ROUNDS" -gt 0 ] && echo "note: $BUSY_ROUNDS round(s) started while the CPUs were busy with other work (shared machine)"
echo "Worktrees stay in target/history for the next run; remove them with: git worktree prune after rm -rf target/history" >&2
exit 0
