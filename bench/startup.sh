#!/usr/bin/env bash
# Time from `java -jar` to the first 200 from /api/health, and the CPU the JVM spent getting
# there, over N fresh starts (empty data directory) and N restarts (data directory kept).
# Usage: bench/startup.sh [runs] [extra JVM options...]
set -eo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"; shift || true
jvm=(@"$here/runtime/jvm.options" "$@")   # the product's JVM options, as bin/rotordream uses them
jar="$here/runtime/target/rotordream.jar"
[ -f "$jar" ] || { echo "build first: mvn -DskipTests install" >&2; exit 1; }
# As bin/rotordream starts it: with the class-data archive recorded for this jar (CDS=0: without).
archive="$here/runtime/target/rotordream.jsa"
if [ "${CDS:-1}" != 0 ]; then
  [ -f "$archive" ] && [ ! "$jar" -nt "$archive" ] || "$here/bin/train-class-archive" "$jar" "$archive"
  jvm=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off "${jvm[@]}")
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
tick=$(getconf CLK_TCK)

one() { # data-dir
  local data="$1" start pid code t_ready cpu
  start=$(date +%s%N)
  java "${jvm[@]}" -Drotordream.home="$data" -Dfelix.cm.dir="$data/config" -Dfelix.fileinstall.dir="$data/etc" \
       -Dorg.osgi.service.http.port="$port" -Dlaunch.storage.dir="$data/cache" -jar "$jar" >"$work/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" || true)
    [ "$code" = 200 ] && break
    sleep 0.02
  done
  t_ready=$(( ($(date +%s%N) - start) / 1000000 ))
  read -r -a st < "/proc/$pid/stat"
  cpu=$(( (st[13] + st[14]) * 1000 / tick ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$t_ready $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

fresh=(); again=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/d"; mkdir -p "$work/d"
  fresh+=("$(one "$work/d")")
  again+=("$(one "$work/d")")
done
printf 'first start : ready median %s ms, JVM CPU median %s ms (%s runs)\n' \
  "$(printf '%s\n' "${fresh[@]}" | cut -d' ' -f1 | median)" "$(printf '%s\n' "${fresh[@]}" | cut -d' ' -f2 | median)" "$runs"
printf 'restart     : ready median %s ms, JVM CPU median %s ms (%s runs)\n' \
  "$(printf '%s\n' "${again[@]}" | cut -d' ' -f1 | median)" "$(printf '%s\n' "${again[@]}" | cut -d' ' -f2 | median)" "$runs"
printf 'class data  : %s\n' "$([ "${CDS:-1}" != 0 ] && echo "archive $archive" || echo 'no archive (CDS=0)')"
printf 'machine     : %s cores, load %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
