#!/usr/bin/env bash
# Career Co-Pilot benchmark: publishes the app in Release, starts it on loopback with a fresh data directory,
# seeds one user with 20,000 jobs and 2,000 applications, and measures six endpoints with wrk.
#
#   bench/run.sh                          # 3 runs of 20 s per endpoint
#   BENCH_DURATION=10s BENCH_RUNS=1 bench/run.sh
#
# Settings (environment):
#   BENCH_DURATION  wrk duration per endpoint and run (default 20s)
#   BENCH_WARMUP    discarded wrk run before each measurement, and once over all endpoints first (default 5s)
#   BENCH_RUNS      measurement rounds; the report gives the median of each figure (default 3)
#   BENCH_JOBS, BENCH_APPLICATIONS   seeded data (default 20000 and 2000)
#   BENCH_KEEP=1    keep the temporary directory (server log, raw wrk output) for inspection
#
# Prints a Markdown report and writes it to bench/results/latest.md. Only ever talks to 127.0.0.1.
set -euo pipefail

cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-5s}
RUNS=${BENCH_RUNS:-3}
JOBS=${BENCH_JOBS:-20000}
APPLICATIONS=${BENCH_APPLICATIONS:-2000}
THREADS=2
CONNECTIONS=16
HOST=127.0.0.1
PORT=5080
BASE="http://$HOST:$PORT"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive number, not '$RUNS'"
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

# --- tools -------------------------------------------------------------------------------------------------------
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y wrk >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; } \
        || die "could not install wrk"
fi
for tool in dotnet python3 curl wrk; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done

# Plain loopback requests only: no proxy from the environment may take them elsewhere.
curl_local() { curl --noproxy '*' -s "$@"; }

if curl_local -o /dev/null --max-time 2 "$BASE/"; then
    die "something already answers on $BASE; stop it first"
fi

# --- temp directory and clean-up ---------------------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/careercopilot-bench.XXXXXX")
SERVER_PID=""
cleanup() {
    local status=$?
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ $status -ne 0 && -f "$TMP/server.log" ]]; then
        log "last lines of the server log:"
        tail -n 30 "$TMP/server.log" >&2 || true
    fi
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        log "kept $TMP"
    else
        rm -rf "$TMP"
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- publish -----------------------------------------------------------------------------------------------------
log "publishing CareerCopilot.Web (Release)"
publish_started=$SECONDS
if ! dotnet publish CareerCopilot.Web -c Release -o "$TMP/app" --nologo >"$TMP/publish.log" 2>&1; then
    tail -n 40 "$TMP/publish.log" >&2
    die "dotnet publish failed"
fi
log "published in $((SECONDS - publish_started)) s"

# --- start the server --------------------------------------------------------------------------------------------
mkdir -p "$TMP/data"
log "starting the server on $BASE"
(
    cd "$TMP/app"
    # A connection string from the caller's environment would point the server at another database.
    exec env -u DATABASE_URL -u ConnectionStrings__Default \
        DataDirectory="$TMP/data" \
        ASPNETCORE_URLS="$BASE" \
        Urls="$BASE" \
        ASPNETCORE_ENVIRONMENT=Production \
        Scheduler__Enabled=false \
        RateLimits__SignInPerMinute=100000 \
        RateLimits__SignUpPerMinute=100000 \
        Logging__LogLevel__Default=Warning \
        Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning \
        dotnet CareerCopilot.Web.dll
) >"$TMP/server.log" 2>&1 &
SERVER_PID=$!

for i in $(seq 1 120); do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
    [[ $(curl_local -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/api/v1/health" || true) == 200 ]] && break
    [[ $i -eq 120 ]] && die "no 200 from /api/v1/health after 60 s"
    sleep 0.5
done
log "server up (pid $SERVER_PID)"

# --- seed --------------------------------------------------------------------------------------------------------
log "seeding $JOBS jobs and $APPLICATIONS applications"
seed_started=$SECONDS
python3 bench/seed.py --base "$BASE" --out "$TMP" --jobs "$JOBS" --applications "$APPLICATIONS" --threads 8 \
    || die "seeding failed"
SEED_SECONDS=$((SECONDS - seed_started))
TOKEN=$(cat "$TMP/token")
COOKIE=$(cat "$TMP/cookie")

# --- endpoints ---------------------------------------------------------------------------------------------------
NAMES=("jobs_page" "jobs_fragment" "api_jobs" "api_recommendations" "api_skill_gap" "health")
declare -A PATHS=(
    [jobs_page]="/jobs"
    [jobs_fragment]="/jobs?handler=List&q=engineer"
    [api_jobs]="/api/v1/jobs?page_size=20"
    [api_recommendations]="/api/v1/recommendations"
    [api_skill_gap]="/api/v1/skill-gap"
    [health]="/api/v1/health"
)

# Sets HDR to the curl/wrk header arguments of an endpoint.
set_headers() {
    case $1 in
        jobs_page) HDR=(-H "Cookie: $COOKIE") ;;
        jobs_fragment) HDR=(-H "Cookie: $COOKIE" -H "HX-Request: true") ;;
        api_*) HDR=(-H "Authorization: Bearer $TOKEN") ;;
        *) HDR=() ;;
    esac
}

# Identity re-checks a sign-in cookie older than five minutes on every request and sends a renewed one. A browser
# keeps the renewed cookie; wrk cannot, so the pages are measured with a fresh sign-in each time.
fresh_cookie() {
    python3 bench/seed.py --base "$BASE" --out "$TMP" --sign-in-only 2>/dev/null || die "web sign-in failed"
    COOKIE=$(cat "$TMP/cookie")
}

# Each endpoint must answer 200 itself: a redirect to the sign-in page would count as a success in wrk.
for name in "${NAMES[@]}"; do
    set_headers "$name"
    code=$(curl_local -o "$TMP/check-$name.body" -w '%{http_code}' "${HDR[@]+"${HDR[@]}"}" "$BASE${PATHS[$name]}")
    [[ "$code" == 200 ]] || die "GET ${PATHS[$name]} answered $code, expected 200"
done
grep -q 'jobs-table' "$TMP/check-jobs_page.body" || die "/jobs did not show the jobs table"
grep -q '<html' "$TMP/check-jobs_fragment.body" && die "the htmx list request got a whole page, not the fragment"
grep -q '"total":'"$JOBS" "$TMP/check-api_jobs.body" || die "the API list does not report $JOBS jobs"
grep -q '"match_score":' "$TMP/check-api_recommendations.body" || die "the recommendations carry no scores"
grep -q '"skill_coverage_percentage":' "$TMP/check-api_skill_gap.body" || die "the skill gap has no coverage figure"

# A change to the profile moves the user's revision: the next request rebuilds the scores of every job. Timed
# once per round, three rounds, for each of the two endpoints.
COLD="$TMP/cold.tsv"
: >"$COLD"
for round in 1 2 3; do
    for name in api_recommendations api_skill_gap; do
        curl_local -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
            --data "{\"alert_min_score\": $((70 + round))}" "$BASE/api/v1/profile"
        set_headers "$name"
        printf '%s\t%s\n' "$name" "$(curl_local -o /dev/null -w '%{time_total}' "${HDR[@]}" "$BASE${PATHS[$name]}")" >>"$COLD"
    done
done

# --- measure -----------------------------------------------------------------------------------------------------
run_wrk() { # name duration output
    local name=$1 duration=$2 out=$3
    set_headers "$name"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s bench/report.lua \
        "${HDR[@]+"${HDR[@]}"}" "$BASE${PATHS[$name]}" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed on $name"; }
    if grep -q 'Non-2xx' "$out"; then
        cat "$out" >&2
        die "$name: wrk saw non-2xx responses"
    fi
    local line
    line=$(grep '^BENCH ' "$out") || { cat "$out" >&2; die "$name: no summary line from wrk"; }
    # Socket errors (a reset connection, a timeout) are reported, not fatal: the report shows them per run.
    if ! [[ "$line" =~ connect=0\ read=0\ write=0\ timeout=0 ]]; then
        log "WARNING: $name: wrk saw socket errors: $(grep -o 'connect=.*' <<<"$line")"
    fi
}

# Sum of wrk's socket error counters on a BENCH line.
socket_errors() { grep -oE '(connect|read|write|timeout)=[0-9]+' <<<"$1" | awk -F= '{ s += $2 } END { print s + 0 }'; }

RESULTS="$TMP/results.tsv"
MEMORY="$TMP/memory.tsv"
: >"$RESULTS"
: >"$MEMORY"
kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$SERVER_PID/status"; }
# The server's CPU time so far (user + system) in clock ticks: per request, it does not depend on other load.
cpu_ticks() { sed 's/.*) //' "/proc/$SERVER_PID/stat" | awk '{ print $12 + $13 }'; }
TICKS_PER_SECOND=$(getconf CLK_TCK)
# Machine-wide CPU ticks: busy (user, nice, system, irq, softirq, steal) and all.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
# CPU ticks of this script's finished children, wrk included.
children_ticks() { sed 's/.*) //' "/proc/$$/stat" | awk '{ print $14 + $15 }'; }

# Seeding's peak is kept apart, then the peak is reset (Linux 4.0+) so that serving shows its own.
SEED_HWM=$(kb VmHWM)
echo 5 >"/proc/$SERVER_PID/clear_refs" 2>/dev/null || log "cannot reset the peak memory figure; it includes the seeding"

# One warm-up pass over every endpoint first: the JIT is still busy tiering up for the first half minute or so.
for name in "${NAMES[@]}"; do
    log "warm-up: $name ($WARMUP)"
    [[ $name == jobs_* ]] && fresh_cookie
    run_wrk "$name" "$WARMUP" "$TMP/warmup-0-$name.txt"
done

for run in $(seq 1 "$RUNS"); do
    for name in "${NAMES[@]}"; do
        log "run $run/$RUNS: $name (warm-up $WARMUP, then $DURATION)"
        [[ $name == jobs_* ]] && fresh_cookie
        run_wrk "$name" "$WARMUP" "$TMP/warmup-$run-$name.txt"
        ticks_before=$(cpu_ticks); children_before=$(children_ticks); read -r busy_before all_before < <(machine_ticks)
        run_wrk "$name" "$DURATION" "$TMP/wrk-$run-$name.txt"
        ticks=$(( $(cpu_ticks) - ticks_before )); children=$(( $(children_ticks) - children_before ))
        read -r busy_after all_after < <(machine_ticks)
        # What neither the server nor wrk used: other work on the machine, in percent of all its cores.
        other=$(awk -v b=$((busy_after - busy_before)) -v a=$((all_after - all_before)) -v s="$ticks" -v c="$children" \
            'BEGIN { o = a ? (b - s - c) * 100 / a : 0; printf "%.0f", o < 0 ? 0 : o }')
        if [[ $name == jobs_* ]]; then
            set_headers "$name"
            if curl_local -o /dev/null -D - "${HDR[@]}" "$BASE${PATHS[$name]}" | grep -qi '^set-cookie: CareerCopilot.Auth'; then
                log "WARNING: $name: the sign-in cookie was renewed during the measurement; keep BENCH_WARMUP + BENCH_DURATION under 5 minutes"
            fi
        fi
        line=$(grep '^BENCH ' "$TMP/wrk-$run-$name.txt")
        p50=$(sed -E 's/.*p50_us=([0-9]+).*/\1/' <<<"$line")
        p99=$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<<"$line")
        rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
        requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
        cpu_ms=$(awk -v t="$ticks" -v hz="$TICKS_PER_SECOND" -v n="$requests" 'BEGIN { printf "%.3f", n ? t * 1000 / hz / n : 0 }')
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$name" "$p50" "$p99" "$rps" "$(socket_errors "$line")" "$cpu_ms" \
            "$other" >>"$RESULTS"
    done
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server died during run $run"
    printf '%s\t%s\t%s\n' "$run" "$(kb VmHWM)" "$(kb VmRSS)" >>"$MEMORY"
done

# --- report ------------------------------------------------------------------------------------------------------
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n "$(git status --porcelain -- CareerCopilot.Web 2>/dev/null)" ]]; then COMMIT="$COMMIT (with uncommitted changes)"; fi
mkdir -p bench/results
python3 - "$RESULTS" "$MEMORY" "$SEED_HWM" "$COLD" >bench/results/latest.md <<EOF
import statistics, sys

results = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
memory = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.strip()]
labels = {
    "jobs_page": "Jobs page \`GET /jobs\`",
    "jobs_fragment": "Jobs list fragment \`GET /jobs?handler=List&q=engineer\` (htmx)",
    "api_jobs": "API list \`GET /api/v1/jobs?page_size=20\`",
    "api_recommendations": "Recommendations \`GET /api/v1/recommendations\`",
    "api_skill_gap": "Skill gap \`GET /api/v1/skill-gap\`",
    "health": "Health \`GET /api/v1/health\`",
}
order = list(labels)
median = {}
for name in order:
    rows = [r for r in results if r[1] == name]
    median[name] = (statistics.median(int(r[2]) for r in rows) / 1000,
                    statistics.median(int(r[3]) for r in rows) / 1000,
                    statistics.median(float(r[4]) for r in rows),
                    statistics.median(float(r[6]) for r in rows))
seed_mb = int(sys.argv[3]) / 1024
serving_mb = max(int(m[1]) for m in memory) / 1024
peak_mb = max(seed_mb, serving_mb)
rss_mb = statistics.median(int(m[2]) for m in memory) / 1024

def verdict(ok): return "met" if ok else "**missed**"

print("# Career Co-Pilot benchmark")
print()
print("- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT")
print("- Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') memory; $(. /etc/os-release && echo "$PRETTY_NAME"); .NET $(dotnet --version); $(wrk --version 2>&1 | head -n1 | awk '{ print $1, $2 }')")
other = statistics.median(float(r[7]) for r in results)
print(f"- Other work on the machine while measuring: {other:.0f}% of its CPU (median; load average at start $LOAD_AT_START). "
      "Latency and requests/s are only comparable between quiet runs")
print("- Server CPU per request: the server process's user + system CPU time over the measured run, divided by the requests served; unlike latency it hardly moves when other work shares the cores")
print("- Data: one user, $JOBS jobs, $APPLICATIONS applications (seeded in $SEED_SECONDS s)")
print("- Load: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` per endpoint after a $WARMUP warm-up (and one $WARMUP warm-up pass over all endpoints before the first run); median of $RUNS run(s)")
print()
print("| Endpoint | p50 (ms) | p99 (ms) | Requests/s | Server CPU per request (ms) |")
print("| --- | ---: | ---: | ---: | ---: |")
for name in order:
    p50, p99, rps, cpu = median[name]
    print(f"| {labels[name]} | {p50:.2f} | {p99:.2f} | {rps:,.0f} | {cpu:.2f} |")
print()
print("| Server memory | MB |")
print("| --- | ---: |")
print(f"| Peak resident while seeding (VmHWM) | {seed_mb:.0f} |")
print(f"| Peak resident while serving (VmHWM over the warm-up and all runs) | {serving_mb:.0f} |")
print(f"| Resident after a run (VmRSS, median) | {rss_mb:.0f} |")
print()
print("| Target | Measured | |")
print("| --- | ---: | --- |")
print(f"| Jobs list fragment p99 under 50 ms | {median['jobs_fragment'][1]:.2f} ms | {verdict(median['jobs_fragment'][1] < 50)} |")
print(f"| API list p99 under 50 ms | {median['api_jobs'][1]:.2f} ms | {verdict(median['api_jobs'][1] < 50)} |")
print(f"| Recommendations p99 under 100 ms (warm) | {median['api_recommendations'][1]:.2f} ms | {verdict(median['api_recommendations'][1] < 100)} |")
print(f"| Skill gap p99 under 100 ms (warm) | {median['api_skill_gap'][1]:.2f} ms | {verdict(median['api_skill_gap'][1] < 100)} |")
print(f"| Server under 300 MB | {peak_mb:.0f} MB | {verdict(peak_mb < 300)} |")
cold = [l.rstrip("\n").split("\t") for l in open(sys.argv[4]) if l.strip()]
print()
print("| First request after a profile change (scores rebuilt for every job) | median of 3 (ms) |")
print("| --- | ---: |")
for name in ("api_recommendations", "api_skill_gap"):
    print(f"| {labels[name]} | {statistics.median(float(c[1]) for c in cold if c[0] == name) * 1000:.0f} |")
errors = sum(int(r[5]) for r in results)
if errors:
    print()
    print(f"**wrk reported {errors:,} socket errors** (connect, read, write or timeout; see each run below).")
if len(set(r[0] for r in results)) > 1 or errors:
    print()
    print("<details><summary>Each run</summary>")
    print()
    print("| Run | Endpoint | p50 (ms) | p99 (ms) | Requests/s | Server CPU per request (ms) | Other work (% CPU) | Socket errors |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        print(f"| {r[0]} | {r[1]} | {int(r[2]) / 1000:.2f} | {int(r[3]) / 1000:.2f} | {float(r[4]):,.0f} | {float(r[6]):.2f} | {r[7]} | {r[5]} |")
    print()
    print("| Run | VmHWM so far (MB) | VmRSS (MB) |")
    print("| ---: | ---: | ---: |")
    for m in memory:
        print(f"| {m[0]} | {int(m[1]) / 1024:.0f} | {int(m[2]) / 1024:.0f} |")
    print()
    print("</details>")
EOF
cat bench/results/latest.md
log "report written to bench/results/latest.md"
