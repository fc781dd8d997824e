#!/bin/bash
# Whole process against whole process on one Parquet file (docs/performance.md, "File → report,
# whole process"): DuckDB's natural query (lake.cs natural) and `reform report`, interleaved,
# N times each, under /usr/bin/time -v; prints wall clock, CPU and peak memory of each run and
# checks that both count the same dossiers received in the year. PEERS adds DuckDB peers to each round,
# run after the natural query and checked to count the same: PEERS=columns (every dossier column the
# report reads, lake.cs columns), PEERS=checked (those and the repeated ids, lake.cs checked), or
# PEERS="columns checked". CHECKED=1, the older form, adds checked.
#   benchmarks/Lake/file-report.sh REFORM DIR YEAR [N] [OUT]
#     REFORM  the reform executable (e.g. a `dotnet publish src/Reform.Indicators.Cli -c Release -o ...` output)
#     DIR     a directory as `reform sample --format parquet --out DIR` writes it (dossiers.parquet, procedures.parquet)
# Run it under the benchmark lock: flock -o /tmp/reform-bench.lock benchmarks/Lake/file-report.sh ...
set -euo pipefail
REFORM=$1; DIR=$2; YEAR=$3; N=${4:-3}; OUT=${5:-$(mktemp -d)}
PEERS=${PEERS:-}
if [ "${CHECKED:-0}" = 1 ] && [[ " $PEERS " != *" checked "* ]]; then PEERS="$PEERS checked"; fi
for mode in $PEERS; do
  case $mode in columns|checked) ;; *) echo "unknown peer in PEERS: $mode (columns, checked)" >&2; exit 2 ;; esac
done
LAKE=$(dotnet build -c Release "$(dirname "$0")/lake.cs" | sed -n 's/^ *lake.cs -> //p')
mkdir -p "$OUT"
field() { grep -F "$1" "$2" | awk '{print $NF}'; }
for i in $(seq 1 "$N"); do
  echo "# run $i, $(date -u +%T) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v -o "$OUT/natural.$i.time" dotnet "$LAKE" natural "$DIR/dossiers.parquet" "$YEAR" > "$OUT/natural.$i.out"
  natural=$(sed -n 's/.*received \([0-9,]*\),.*/\1/p' "$OUT/natural.$i.out" | tr -d ,)
  echo "natural $i: wall $(field Elapsed "$OUT/natural.$i.time") user $(field 'User time' "$OUT/natural.$i.time") sys $(field 'System time' "$OUT/natural.$i.time") peak $(field 'Maximum resident' "$OUT/natural.$i.time") KB; received $natural"
  for mode in $PEERS; do
    /usr/bin/time -v -o "$OUT/$mode.$i.time" dotnet "$LAKE" "$mode" "$DIR/dossiers.parquet" "$YEAR" > "$OUT/$mode.$i.out"
    peer=$(sed -n 's/.*received \([0-9,]*\),.*/\1/p' "$OUT/$mode.$i.out" | tr -d ,)
    echo "$mode $i: wall $(field Elapsed "$OUT/$mode.$i.time") user $(field 'User time' "$OUT/$mode.$i.time") sys $(field 'System time' "$OUT/$mode.$i.time") peak $(field 'Maximum resident' "$OUT/$mode.$i.time") KB; $(tail -1 "$OUT/$mode.$i.out")"
    if [ "$natural" != "$peer" ]; then echo "counts differ: DuckDB natural $natural, $mode $peer" >&2; exit 1; fi
  done
  /usr/bin/time -v -o "$OUT/reform.$i.time" "$REFORM" report --dossiers "$DIR/dossiers.parquet" --procedures "$DIR/procedures.parquet" \
    --period "$YEAR" --group-by unit --format json --out "$OUT/reform.$i.json"
  ours=$(jq '[.groups[].counts.received] | add' "$OUT/reform.$i.json")
  echo "reform  $i: wall $(field Elapsed "$OUT/reform.$i.time") user $(field 'User time' "$OUT/reform.$i.time") sys $(field 'System time' "$OUT/reform.$i.time") peak $(field 'Maximum resident' "$OUT/reform.$i.time") KB; received $ours; rows $(jq -c .rows "$OUT/reform.$i.json")"
  if [ "$natural" != "$ours" ]; then echo "counts differ: DuckDB $natural, reform $ours" >&2; exit 1; fi
done
echo "# end $(date -u +%T) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
