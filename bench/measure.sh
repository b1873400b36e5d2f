# shellcheck shell=bash
# Shared by bench/cold.sh and bench/flags.sh (source it, do not run it).
#
# measure RUNS NAME1 CMD1 [NAME2 CMD2 ...]
#   Runs every command RUNS times as a new process, interleaved (round r runs each command once, in turn), so
#   a slow moment on a shared machine hits all of them alike rather than one. One untimed warm-up run of each
#   first (page cache, lazily built archives). Each command is a bash string run with `bash -c` under GNU time.
#   Prints one table row per command: median, min and max wall time, median user+sys CPU, median and max of
#   the peak RSS (maximum resident set size of the largest process, from wait4).
#   Sets MEDIAN[NAME] (seconds) and RSS[NAME] (MB, max over runs) for the caller.
#
# Env: BENCH_QUIET_WAIT=N waits up to N seconds (default 30) before each round for the CPUs to be idle, so
# another user's build does not land in the middle of a round; rounds that still started busy are counted.

# shellcheck disable=SC2034 # read by the scripts that source this file
declare -A MEDIAN RSS
BUSY_ROUNDS=0

need_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "bench: installing GNU time (apt-get install -y time)..." >&2
    apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  fi
}

# Percentage of CPU time that was idle over the next 0.5 s, all cores together.
idle_pct() {
  local a b
  read -r -a a < <(head -1 /proc/stat)
  sleep 0.5
  read -r -a b < <(head -1 /proc/stat)
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  local idle=$((b[4] - a[4] + b[5] - a[5]))
  [ "$total" -gt 0 ] && echo $((100 * idle / total)) || echo 100
}

quiet_wait() {
  local limit=${BENCH_QUIET_WAIT:-30} waited=0
  while [ "$(idle_pct)" -lt 85 ]; do
    if [ "$waited" -ge "$limit" ]; then
      BUSY_ROUNDS=$((BUSY_ROUNDS + 1))
      return
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# stats FILE: prints "median min max" of the numbers in FILE (one per line).
stats() {
  sort -g "$1" | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%.3f %.3f %.3f\n", m, v[1], v[NR]}'
}

measure() {
  local runs=$1
  shift
  local names=() cmds=()
  while [ $# -gt 0 ]; do
    names+=("$1")
    cmds+=("$2")
    shift 2
  done
  local dir
  dir=$(mktemp -d)
  local i r
  for i in "${!names[@]}"; do
    bash -c "${cmds[$i]}" >/dev/null 2>&1 || echo "bench: warm-up of '${names[$i]}' failed: ${cmds[$i]}" >&2
    : >"$dir/$i.wall"; : >"$dir/$i.cpu"; : >"$dir/$i.rss"
  done
  for ((r = 1; r <= runs; r++)); do
    quiet_wait
    for i in "${!names[@]}"; do
      if ! /usr/bin/time -f '%e %U %S %M' -o "$dir/t" bash -c "${cmds[$i]}" >/dev/null 2>"$dir/err"; then
        echo "bench: '${names[$i]}' failed (run $r):" >&2
        tail -5 "$dir/err" >&2
      fi
      local wall user sys rss
      read -r wall user sys rss < <(tail -1 "$dir/t")
      echo "$wall" >>"$dir/$i.wall"
      awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f\n", u + s}' >>"$dir/$i.cpu"
      echo $((rss / 1024)) >>"$dir/$i.rss"
    done
  done
  for i in "${!names[@]}"; do
    local w c m
    read -r -a w < <(stats "$dir/$i.wall")
    read -r -a c < <(stats "$dir/$i.cpu")
    read -r -a m < <(stats "$dir/$i.rss")
    # shellcheck disable=SC2034
    MEDIAN[${names[$i]}]=${w[0]}
    # shellcheck disable=SC2034
    RSS[${names[$i]}]=${m[2]}
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "${names[$i]}" "${w[0]}" "${w[1]}" "${w[2]}" "${c[0]}" \
      "${m[0]%.*}" "${m[2]%.*}" "$runs"
  done
  rm -rf "$dir"
}

table_header() {
  echo '| what | median s | min s | max s | CPU s (user+sys, median) | peak RSS MB (median) | peak RSS MB (max) | runs |'
  echo '|---|---:|---:|---:|---:|---:|---:|---:|'
}

# ratio A B: A/B to two decimals.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'
}
