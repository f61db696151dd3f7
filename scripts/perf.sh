#!/usr/bin/env bash
# scripts/perf.sh [N...]   (default: 1000 10000 100000 250000)
# For each N: generate a dataset, then in separate processes measure
# ron::from_str alone, the full load from the file as the browser does it
# (fast reader + sanitize, validate, catalog, index) with peak memory, and per-keystroke
# latency while typing four queries, ranked on the search worker: key to
# ranked rows drawn (120x40), and the interface thread's longest busy step.
# Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 250000)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --release -q --example gen --example perf
get() { printf '%s\n' "$1" | awk -v k="$2" '$1 == k {print $2}'; }
echo "| N | file MiB | ron::from_str ms | load+index ms | ratio | peak MiB | peak/file | key median ms | key p95 ms | key max ms | UI busy p95 ms | UI busy max ms | frame p95 ms |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
    target/release/examples/gen --records "$n" --seed 7 > "$dir/d.ron"
    ron=$(target/release/examples/perf ron "$dir/d.ron")
    load=$(target/release/examples/perf load "$dir/d.ron")
    keys=$(target/release/examples/perf keys "$dir/d.ron")
    file=$(get "$load" file_mib); r=$(get "$ron" ms); l=$(get "$load" ms); p=$(get "$load" peak_mib)
    awk -v n="$n" -v f="$file" -v r="$r" -v l="$l" -v p="$p" \
        -v km="$(get "$keys" key_median_ms)" -v kp="$(get "$keys" key_p95_ms)" \
        -v kx="$(get "$keys" key_max_ms)" -v fp="$(get "$keys" frame_p95_ms)" \
        -v up="$(get "$keys" ui_p95_ms)" -v ux="$(get "$keys" ui_max_ms)" 'BEGIN {
        printf "| %d | %.1f | %.0f | %.0f | %.2f | %.0f | %.2f | %s | %s | %s | %s | %s | %s |\n", n, f, r, l, l / r, p, p / f, km, kp, kx, up, ux, fp }'
done
