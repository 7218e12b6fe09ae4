#!/usr/bin/env bash
# Side-by-side build benchmark: motcua against Hugo and the goldmark-only
# floor, on generated sites of several sizes, in the same run.
#
#   bench/compare.sh [SIZES...]        default: 1000 10000 100000
#
# Environment:
#   HUGO_REF   folder with hugo.toml and layouts/ (default ../shared/bench/hugo)
#   WORK       scratch folder (default /tmp/motcua-bench)
#   SKIP_HUGO  set to 1 to measure motcua and the floor only
#   HUGO_MAX   largest size Hugo is run at (default 10000)
#   RUNS       rounds per size (default 3; 1 above HUGO_MAX): every tool
#              runs once per round, in turn, and the medians are reported,
#              since a shared machine's speed drifts by a third within
#              minutes
#   OUT        where the tools write their sites (default $WORK, on disk),
#              in runs/SIZE-ROUND/TOOL, kept until the next run;
#              OUT=/dev/shm leaves the disk's own variance out
#   SETTLE     seconds that must pass on a disk between the script's last
#              deletion and the first measured build (default 370; see
#              below)
#
# Prints, per size: wall seconds, CPU seconds (user+sys) and peak RSS of
# each (medians over the rounds), and the ratios Hugo/motcua. Installs Debian's hugo if it is missing.
#
# motcua runs twice: "motcua" with the default theme (the product, about
# three times Hugo's HTML per page) and "motcua-eq" with
# bench/hugo-equivalent, which renders what the Hugo layouts render.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
work=${WORK:-/tmp/motcua-bench}
out=${OUT:-$work}
hugo_ref=${HUGO_REF:-$repo/../shared/bench/hugo}
mkdir -p "$work" "$out"

# No output is deleted while a tool is measured, and none shortly before.
# ext4 without a journal (this machine's disk) will not reuse an inode
# freed in the last 60 seconds, or in the last 360 while its inode-table
# block is dirty, which it becomes again as soon as a new file is numbered
# beside it; and it checks every such inode it passes when it numbers a new
# file. A tool that wrote soon after the previous run's files were deleted
# spent up to 10 s more in the kernel (docs/benchmarks.md). So every round
# writes to fresh folders under $out/runs; the previous run's are moved
# aside at the start and deleted at the end, once everything is measured;
# the time of that deletion is kept in $out/.deleted-at, and a run waits
# until SETTLE seconds have passed since it before its first measurement.
runs_dir="$out/runs"
on_tmpfs=0
[ "$(stat -f -c %T "$out")" = tmpfs ] && on_tmpfs=1
if [ -e "$runs_dir" ]; then
  mv "$runs_dir" "$out/old-runs.$$"
fi
delete_old_runs() {
  if compgen -G "$out/old-runs.*" >/dev/null || compgen -G "$out/out-*" >/dev/null; then
    rm -rf "$out"/old-runs.* "$out"/out-*
    date +%s >"$out/.deleted-at"
  fi
}
trap delete_old_runs EXIT
settle() {
  [ $on_tmpfs = 0 ] && [ -f "$out/.deleted-at" ] || return 0
  sync
  local left=$(($(cat "$out/.deleted-at") + ${SETTLE:-370} - $(date +%s)))
  if [ "$left" -gt 0 ]; then
    echo "waiting ${left}s for the disk to settle after the last deletion" >&2
    sleep "$left"
  fi
}

if [ "${SKIP_HUGO:-0}" != 1 ] && ! command -v hugo >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }

(cd "$repo" && go build -o "$work/motcua" ./cmd/motcua && go build -o "$work/gencorpus" ./bench/gencorpus && go build -o "$work/floor" ./bench/floor)

# measure NAME CMD... → prints "NAME wall cpu rss_mb"
measure() {
  local name=$1; shift
  local log="$work/time.log"
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/$name.err" || { echo "$name failed:"; tail -5 "$work/$name.err"; return 1; }
  awk -v name="$name" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $NF } /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%s %.2f %.2f %.0f\n", name, wall, user + sys, rss }' "$log"
}

printf "%-8s %-8s %8s %8s %9s\n" pages tool wall_s cpu_s rss_mb
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  if [ ! -f "$site/.complete" ]; then
    if [ -e "$site" ]; then
      rm -rf "$site"
      date +%s >"$out/.deleted-at"
    fi
    "$work/gencorpus" -out "$site" -pages "$n" -seed 1 >/dev/null
    touch "$site/.complete"
  fi
  eq="$work/eq-$n"
  rm -rf "$eq" && mkdir -p "$eq/themes"
  ln -s "$site/content" "$eq/content"
  cp -r "$repo/bench/hugo-equivalent" "$eq/themes/hugo-equivalent"
  { grep -v '^theme:' "$site/site.yaml"; echo "theme: hugo-equivalent"; } >"$eq/site.yaml"
  with_hugo=0
  if [ "${SKIP_HUGO:-0}" != 1 ] && [ "$n" -le "${HUGO_MAX:-10000}" ]; then with_hugo=1; fi
  if [ $with_hugo = 1 ]; then
    hsite="$work/hugo-$n"
    rm -rf "$hsite" && mkdir -p "$hsite"
    cp -r "$hugo_ref/hugo.toml" "$hugo_ref/layouts" "$hsite/"
    ln -s "$site/content" "$hsite/content"
  fi
  runs=${RUNS:-3}
  if [ "$n" -gt "${HUGO_MAX:-10000}" ]; then runs=${RUNS:-1}; fi
  tools=(motcua motcua-eq floor)
  if [ $with_hugo = 1 ]; then tools+=(hugo); fi
  settle
  rounds=()
  for r in $(seq "$runs"); do
    dest="$runs_dir/$n-$r"
    mkdir -p "$dest"
    # Each round starts one tool further on, so that no tool is always
    # the one that runs first, or right after another.
    for i in $(seq 0 $((${#tools[@]} - 1))); do
      tool=${tools[$(((i + r - 1) % ${#tools[@]}))]}
      sync
      case $tool in
      motcua) rounds+=("$(measure motcua "$work/motcua" build --source "$site" --dest "$dest/motcua")") ;;
      motcua-eq) rounds+=("$(measure motcua-eq "$work/motcua" build --source "$eq" --dest "$dest/motcua-eq")") ;;
      floor) rounds+=("$(measure floor "$work/floor" -source "$site" -dest "$dest/floor")") ;;
      hugo) rounds+=("$(cd "$hsite" && measure hugo hugo --minify --quiet -d "$dest/hugo")") ;;
      esac
    done
  done
  # median of each column per tool, in the order of the first round
  mapfile -t results < <(printf '%s\n' "${rounds[@]}" | awk '
    { if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 }
      n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3; r[$1, n[$1]] = $4 }
    function median(a, name, cnt,   i, j, t, v) {
      for (i = 1; i <= cnt; i++) v[i] = a[name, i]
      for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return v[int((cnt + 1) / 2)]
    }
    END { for (i = 1; i <= k; i++) { t = order[i]; printf "%s %.2f %.2f %.0f\n", t, median(w, t, n[t]), median(c, t, n[t]), median(r, t, n[t]) } }')
  if [ "$runs" -gt 1 ]; then
    printf '%s\n' "${rounds[@]}" | awk -v n="$n" '{ runs[$1] = runs[$1] " " $2 } END { for (t in runs) printf "%-8s %-9s wall by round:%s\n", n, t, runs[t] }' | sort
  fi
  for r in "${results[@]}"; do
    read -r name wall cpu rss <<<"$r"
    printf "%-8s %-8s %8s %8s %9s\n" "$n" "$name" "$wall" "$cpu" "$rss"
  done
  if [ $with_hugo = 1 ]; then
    read -r _ mw _ mr <<<"${results[0]}"
    read -r _ ew _ er <<<"${results[1]}"
    read -r _ fw _ _ <<<"${results[2]}"
    read -r _ hw _ hr <<<"${results[3]}"
    awk -v n="$n" -v mw="$mw" -v mr="$mr" -v ew="$ew" -v er="$er" -v hw="$hw" -v hr="$hr" -v fw="$fw" 'BEGIN {
      printf "%-8s ratios: hugo/motcua wall %.1fx, memory %.1fx; hugo/motcua-eq wall %.1fx, memory %.1fx; motcua-eq/floor wall %.1fx\n", n, hw/mw, hr/mr, hw/ew, hr/er, ew/fw
      yes = "met"; no = "NOT met"
      printf "%-8s targets (like for like): wall <= 1/3 of Hugo %s, memory <= 1/5 of Hugo %s, within 2x of the floor %s\n", n,
        (hw/ew >= 3 ? yes : no), (hr/er >= 5 ? yes : no), (ew/fw <= 2 ? yes : no) }'
  fi
done
