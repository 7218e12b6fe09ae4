#!/usr/bin/env bash
# Side-by-side search benchmark: motcua's client-side search against
# Pagefind 1.x over the same built sites, measured in headless Chromium.
#
#   bench/search-compare.sh [--large] [--skip-example] [-v]
#
#   --large          also the 100,000-page site (about 770 MB of content;
#                    building it takes minutes; Pagefind 1.6 runs out of
#                    memory on it with 23 GB, so motcua is measured alone
#                    when Pagefind fails)
#   --skip-example   only the generated sites
#   -v               list every downloaded file and Pagefind's recall misses
#
# Environment:
#   WORK              scratch folder (default /tmp/motcua-search-compare)
#   PAGEFIND_VERSION  npm version of pagefind (default 1, the latest 1.x)
#
# Sites: the example site at the repository root (with the recall sets),
# a generated 3,000-page site (2,000 procedures + 1,000 news) and, with
# --large, a generated 100,000-page site. Each is built with motcua for the
# base path /cmp/; Pagefind then indexes the same output
# (bench/searchcompare/pagefind-index.mjs) and bench/searchcompare serves it
# and measures both engines. docs/search.md explains the output.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
large=0 example=1 verbose=()
for arg in "$@"; do
  case $arg in
    --large) large=1 ;;
    --skip-example) example=0 ;;
    -v) verbose=(-v) ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "search-compare: unknown argument $arg" >&2; exit 2 ;;
  esac
done
work=${WORK:-/tmp/motcua-search-compare}
base=/cmp/
mkdir -p "$work"

if ! command -v chromium >/dev/null 2>&1 && [ -z "${MOTCUA_CHROMIUM:-}" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
command -v npm >/dev/null 2>&1 || { echo "search-compare: Node.js and npm are needed for Pagefind" >&2; exit 1; }

# Pagefind lives outside the repository, in the scratch folder.
pf="$work/pagefind-npm"
if [ ! -f "$pf/node_modules/pagefind/lib/index.js" ]; then
  mkdir -p "$pf"
  (cd "$pf" && npm init -y >/dev/null && npm install --no-audit --no-fund "pagefind@${PAGEFIND_VERSION:-1}" >/dev/null)
fi
pf_module="$pf/node_modules/pagefind/lib/index.js"
pf_limit_kb=$(awk '/^MemTotal:/ { print int($2 * 3 / 4) }' /proc/meminfo)
echo "pagefind $(node -p "require('$pf/node_modules/pagefind/package.json').version"), $(chromium --version 2>/dev/null | head -1 || true)"

(cd "$repo" && go build -o "$work/motcua" ./cmd/motcua && go build -o "$work/gencorpus" ./bench/gencorpus && go build -o "$work/searchcompare" ./bench/searchcompare)

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# build NAME SOURCE: motcua builds SOURCE into $work/out-NAME, then Pagefind
# indexes the same output.
build() {
  local name=$1 src=$2 out="$work/out-$1" t
  t=$(now)
  if ! "$work/motcua" build --source "$src" --dest "$out" --base-url "http://127.0.0.1$base" >"$work/$name.build.log" 2>&1; then
    tail -20 "$work/$name.build.log" >&2
    return 1
  fi
  echo "motcua build ($name): $(since "$t"): $(tail -1 "$work/$name.build.log")"
  rm -rf "$out/pagefind"
  t=$(now)
  # Pagefind keeps the whole index in memory while it builds it; cap its
  # address space so that a site too large for it fails alone instead of
  # pushing the machine out of memory.
  if (ulimit -v "$pf_limit_kb" && node "$repo/bench/searchcompare/pagefind-index.mjs" "$pf_module" "$out"); then
    echo "pagefind index ($name): $(since "$t")"
  else
    rm -rf "$out/pagefind"
    echo "pagefind index ($name): FAILED after $(since "$t") within $((pf_limit_kb / 1000000)) GB of address space (3/4 of this machine's memory); measuring motcua only"
  fi
}

# generate NAME FLAGS...: a generated site, kept between runs.
generate() {
  local name=$1; shift
  local site="$work/site-$name"
  if [ ! -f "$site/.complete" ]; then
    rm -rf "$site"
    "$work/gencorpus" -out "$site" -seed 1 "$@" >/dev/null
    touch "$site/.complete"
  fi
}

queries="$repo/bench/searchcompare/queries.txt"

if [ "$example" = 1 ]; then
  echo
  echo "=== example site (repository root) ==="
  build example "$repo"
  recall="$repo/bench/searchcompare/recall.json"
  if [ -f "$repo/internal/search/testdata/recall.json" ]; then
    recall="$recall,$repo/internal/search/testdata/recall.json"
  fi
  "$work/searchcompare" -site "$work/out-example" -base "$base" -queries "$queries" -recall "$recall" "${verbose[@]}"
fi

echo
echo "=== generated site: 2,000 procedures + 1,000 news ==="
generate 3000 -procedures 2000 -news 1000
build 3000 "$work/site-3000"
"$work/searchcompare" -site "$work/out-3000" -base "$base" -queries "$queries" "${verbose[@]}"

if [ "$large" = 1 ]; then
  echo
  echo "=== generated site: 100,000 pages (60,000 procedures, 30,000 news, 10,000 exemplars) ==="
  generate 100k -pages 100000
  build 100k "$work/site-100k"
  # The issue sets only the cold budget at this size.
  "$work/searchcompare" -site "$work/out-100k" -base "$base" -queries "$queries" -cold-budget 45 -next-budget 0 "${verbose[@]}"
fi
