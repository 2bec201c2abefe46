#!/usr/bin/env bash
# Over-the-wire benchmark: Shardscope's endpoint against dynalite, same run.
#
# Builds nothing. Starts `shardscope --serve --in-memory` and dynalite (in
# memory) on free loopback ports, preloads both identically (bench/wire/
# preload.py: 10,000 partition keys x 5 sort keys, ~200-byte items), then for
# each of PutItem, GetItem and Query runs wrk against each server (a short
# warm-up, then the measured run), stops both servers by PID and prints a
# table: requests per second, the server's CPU time per request (all its
# threads; far less disturbed by other load on the machine than the rate),
# the 99th percentile latency, and Shardscope's rate over dynalite's. A run
# whose replies were not all 200 is flagged, never hidden (exit status 1).
#
# A second Shardscope, started with --no-observation (no partition
# statistics, metric series or hot keys), is measured in the same run right
# after the first, and a second table compares the two: what observation
# costs over the wire (at most 10 % is the target).
#
# Usage: bench/run_wire_bench.sh
# Environment (defaults in brackets):
#   SHARDSCOPE_BIN   the shardscope executable        [build/app/shardscope]
#   DYNALITE_DIR     where `npm install --prefix DIR dynalite` put dynalite
#                                                     [build/dynalite]
#                    set DYNALITE_DIR=none to measure Shardscope alone
#   SERVE_ARGS       extra arguments for shardscope --serve            []
#   OBSERVATION_OFF  measure the --no-observation twin too (1) or not (0)   [1]
#   DURATION         seconds per measured run                         [10]
#   WARMUP           seconds of warm-up before each measured run       [2]
#   CONNECTIONS      wrk keep-alive connections                       [32]
#   THREADS          wrk threads                                       [2]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shardscope_bin="${SHARDSCOPE_BIN:-$repo/build/app/shardscope}"
dynalite_dir="${DYNALITE_DIR:-$repo/build/dynalite}"
duration="${DURATION:-10}"
warmup="${WARMUP:-2}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
read -r -a serve_args <<< "${SERVE_ARGS:-}"
observation_off="${OBSERVATION_OFF:-1}"

die() { echo "run_wire_bench: $*" >&2; exit 1; }

command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v python3 >/dev/null || die "python3 is not installed"
[[ -x "$shardscope_bin" ]] || die "no shardscope executable at $shardscope_bin (build it, or set SHARDSCOPE_BIN)"
dynalite_cli=""
if [[ "$dynalite_dir" != none ]]; then
  dynalite_cli="$dynalite_dir/node_modules/dynalite/cli.js"
  [[ -f "$dynalite_cli" ]] || die "no dynalite in $dynalite_dir: run 'npm install --prefix $dynalite_dir dynalite', or set DYNALITE_DIR=none"
  command -v node >/dev/null || die "node is not installed"
fi

workdir="$(mktemp -d)"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Waits until something accepts connections on 127.0.0.1:$1 (10 s at most).
wait_for_port() {
  python3 - "$1" <<'EOF'
import socket, sys, time
deadline = time.time() + 10
while time.time() < deadline:
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=0.5).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
EOF
}

# utime + stime of a process, in clock ticks.
process_cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$1/stat"
}

servers=(shardscope)
declare -A url pid_of

port="$(free_port)"
"$shardscope_bin" --serve --in-memory --host 127.0.0.1 --port "$port" "${serve_args[@]}" \
  >"$workdir/shardscope.log" 2>&1 &
pids+=("$!")
pid_of[shardscope]="$!"
wait_for_port "$port" || { cat "$workdir/shardscope.log" >&2; die "shardscope did not start"; }
url[shardscope]="http://127.0.0.1:$port/"

if [[ "$observation_off" == 1 ]]; then
  port="$(free_port)"
  "$shardscope_bin" --serve --in-memory --host 127.0.0.1 --port "$port" --no-observation "${serve_args[@]}" \
    >"$workdir/shardscope_off.log" 2>&1 &
  pids+=("$!")
  pid_of[shardscope_off]="$!"
  wait_for_port "$port" || { cat "$workdir/shardscope_off.log" >&2; die "shardscope --no-observation did not start"; }
  url[shardscope_off]="http://127.0.0.1:$port/"
  servers+=(shardscope_off)
fi

if [[ -n "$dynalite_cli" ]]; then
  port="$(free_port)"
  node "$dynalite_cli" --host 127.0.0.1 --port "$port" --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 \
    >"$workdir/dynalite.log" 2>&1 &
  pids+=("$!")
  pid_of[dynalite]="$!"
  wait_for_port "$port" || { cat "$workdir/dynalite.log" >&2; die "dynalite did not start"; }
  url[dynalite]="http://127.0.0.1:$port/"
  servers+=(dynalite)
fi

for server in "${servers[@]}"; do
  python3 "$here/wire/preload.py" "${url[$server]}"
done

declare -A rate latency errors cpu
for op in PutItem GetItem Query; do
  case "$op" in
    PutItem) script="$here/wire/put_item.lua" ;;
    GetItem) script="$here/wire/get_item.lua" ;;
    Query) script="$here/wire/query.lua" ;;
  esac
  for server in "${servers[@]}"; do
    wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$script" "${url[$server]}" >/dev/null
    out="$workdir/$op-$server.txt"
    cpu_before="$(process_cpu_ticks "${pid_of[$server]}")"
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$script" "${url[$server]}" >"$out"
    cpu_after="$(process_cpu_ticks "${pid_of[$server]}")"
    rate[$op,$server]="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")"
    # The server's CPU time (all its threads, user + system) per request: a
    # figure that a busy machine disturbs far less than the rate.
    cpu[$op,$server]="$(awk -v t="$((cpu_after - cpu_before))" -v hz="$(getconf CLK_TCK)" -v r="${rate[$op,$server]}" \
      -v d="$duration" 'BEGIN {if (r > 0) printf "%.1f", t / hz * 1e6 / (r * d); else print "-"}')"
    latency[$op,$server]="$(awk '$1 == "99%" {print $2}' "$out")"
    # common.lua's done() prints socket errors and non-2xx replies ("status").
    errors[$op,$server]="$(awk '/^errors:/ {n = 0; for (i = 2; i <= NF; ++i) if ($i ~ /^[0-9]+,?$/) n += $i; print n}' "$out")"
    echo "$op on $server: ${rate[$op,$server]} req/s, ${cpu[$op,$server]} us CPU/request (p99 ${latency[$op,$server]}, errors ${errors[$op,$server]})" >&2
  done
done

# Stop both servers now, by PID, so that nothing outlives the measurements.
for pid in "${pids[@]}"; do
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
pids=()

echo
echo "wrk -t$threads -c$connections, ${duration}s per run after ${warmup}s of warm-up; $(nproc) cores, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "$dynalite_cli" ]]; then
  printf '%-8s | %16s | %8s | %9s | %14s | %8s | %9s | %6s\n' operation "shardscope req/s" "us CPU" p99 \
    "dynalite req/s" "us CPU" p99 ratio
  printf '%-8s-+-%16s-+-%8s-+-%9s-+-%14s-+-%8s-+-%9s-+-%6s\n' -------- ---------------- -------- --------- \
    -------------- -------- --------- ------
  for op in PutItem GetItem Query; do
    ratio="$(awk -v a="${rate[$op,shardscope]}" -v b="${rate[$op,dynalite]}" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "-"}')"
    printf '%-8s | %16s | %8s | %9s | %14s | %8s | %9s | %6s\n' "$op" "${rate[$op,shardscope]}" "${cpu[$op,shardscope]}" \
      "${latency[$op,shardscope]}" "${rate[$op,dynalite]}" "${cpu[$op,dynalite]}" "${latency[$op,dynalite]}" "$ratio"
  done
else
  printf '%-8s | %16s | %8s | %9s\n' operation "shardscope req/s" "us CPU" p99
  printf '%-8s-+-%16s-+-%8s-+-%9s\n' -------- ---------------- -------- ---------
  for op in PutItem GetItem Query; do
    printf '%-8s | %16s | %8s | %9s\n' "$op" "${rate[$op,shardscope]}" "${cpu[$op,shardscope]}" "${latency[$op,shardscope]}"
  done
fi
if [[ "$observation_off" == 1 ]]; then
  echo
  echo "observation on (shardscope) against off (shardscope --no-observation):"
  printf '%-8s | %9s | %8s | %9s | %8s | %14s | %14s\n' operation "on req/s" "us CPU" "off req/s" "us CPU" "rate on/off" "CPU on/off"
  printf '%-8s-+-%9s-+-%8s-+-%9s-+-%8s-+-%14s-+-%14s\n' -------- --------- -------- --------- -------- -------------- --------------
  for op in PutItem GetItem Query; do
    rate_ratio="$(awk -v a="${rate[$op,shardscope]}" -v b="${rate[$op,shardscope_off]}" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "-"}')"
    cpu_ratio="$(awk -v a="${cpu[$op,shardscope]}" -v b="${cpu[$op,shardscope_off]}" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "-"}')"
    printf '%-8s | %9s | %8s | %9s | %8s | %14s | %14s\n' "$op" "${rate[$op,shardscope]}" "${cpu[$op,shardscope]}" \
      "${rate[$op,shardscope_off]}" "${cpu[$op,shardscope_off]}" "$rate_ratio" "$cpu_ratio"
  done
fi
status=0
for key in "${!errors[@]}"; do
  if (( errors[$key] > 0 )); then
    echo "WARNING: ${key/,/ on } had ${errors[$key]} failed or non-200 replies" >&2
    status=1
  fi
done
exit "$status"
