#!/usr/bin/env bash
# scripts/perf.sh [N...]   (default: 1000 10000 100000 250000; RUNS=5)
# For each N: generate a dataset, then in separate processes measure
# ron::from_str alone and the full load from the file as the browser does it
# (fast reader + sanitize, validate, catalog, index), alternately RUNS times
# each, reporting the medians (and the median of the per-run ratios), with
# peak memory; and per-keystroke
# latency while typing four queries, ranked on the search worker: key to
# ranked rows drawn (120x40), and the interface thread's longest busy step.
# Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 250000)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --release -q -p accords-synth
cargo build --release -q --example perf
get() { printf '%s\n' "$1" | awk -v k="$2" '$1 == k {print $2}'; }
echo "| N | file MiB | ron::from_str ms (median) | load+index ms (median) | ratio (median) | peak MiB | peak/file | key median ms | key p95 ms | key max ms | UI busy p95 ms | UI busy max ms | frame p95 ms |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
    target/release/accords-synth --records "$n" --seed 7 > "$dir/d.ron"
    rs=(); ls=(); qs=()
    for _ in $(seq "${RUNS:-5}"); do
        ron=$(target/release/examples/perf ron "$dir/d.ron")
        load=$(target/release/examples/perf load "$dir/d.ron")
        rs+=("$(get "$ron" ms)"); ls+=("$(get "$load" ms)")
        qs+=("$(awk -v a="$(get "$load" ms)" -v b="$(get "$ron" ms)" 'BEGIN { print a / b }')")
    done
    median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    keys=$(target/release/examples/perf keys "$dir/d.ron")
    file=$(get "$load" file_mib); r=$(median "${rs[@]}"); l=$(median "${ls[@]}"); p=$(get "$load" peak_mib)
    q=$(median "${qs[@]}")
    awk -v n="$n" -v f="$file" -v r="$r" -v l="$l" -v q="$q" -v p="$p" \
        -v km="$(get "$keys" key_median_ms)" -v kp="$(get "$keys" key_p95_ms)" \
        -v kx="$(get "$keys" key_max_ms)" -v fp="$(get "$keys" frame_p95_ms)" \
        -v up="$(get "$keys" ui_p95_ms)" -v ux="$(get "$keys" ui_max_ms)" 'BEGIN {
        printf "| %d | %.1f | %.0f | %.0f | %.2f | %.0f | %.2f | %s | %s | %s | %s | %s | %s |\n", n, f, r, l, q, p, p / f, km, kp, kx, up, ux, fp }'
done
