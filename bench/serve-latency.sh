#!/bin/sh
# serve-latency.sh measures motcua serve on a generated site: the time from
# saving an edited procedure (write a temporary file, rename it over the
# page) to the first response serving the new text, and the server's
# resident memory over the edits (issue 6 budget: median <= 150 ms on 10,000
# pages, memory flat over 200 edits).
#
# Usage: bench/serve-latency.sh [PAGES] [EDITS] [PAUSE]
#   PAGES  size of the generated site (default 10000)
#   EDITS  number of consecutive edits (default 200)
#   PAUSE  wait between edits, a Go duration (default 0: each save cancels
#          the rebuild of the previous one)
# MOTCUA_SERVE_SETTLE=1 waits after each edit until the whole site is rebuilt
# and reports that time as well; MOTCUA_SERVE_VERBOSE=1 logs every latency
# and the memory samples.
# The site is generated once into ${MOTCUA_BENCH_DIR:-/tmp/motcua-bench}/site-PAGES
# with bench/gencorpus and the repository's default theme.
set -eu
cd "$(dirname "$0")/.."
pages=${1:-10000}
edits=${2:-200}
pause=${3:-0}
dir=${MOTCUA_BENCH_DIR:-/tmp/motcua-bench}/site-$pages
if [ ! -f "$dir/site.yaml" ]; then
	go run ./bench/gencorpus -out "$dir" -pages "$pages"
fi
rm -rf "$dir/themes/default"
mkdir -p "$dir/themes"
cp -r themes/default "$dir/themes/default"
MOTCUA_SERVE_SITE=$dir MOTCUA_SERVE_PAUSE=$pause MOTCUA_SERVE_VERBOSE=${MOTCUA_SERVE_VERBOSE:-} MOTCUA_SERVE_SETTLE=${MOTCUA_SERVE_SETTLE:-} \
	go test ./internal/serve -run '^$' -bench BenchmarkEditLatency -benchtime "${edits}x" -timeout 2h
