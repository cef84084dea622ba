#!/usr/bin/env bash
# Measures Auth's speed and writes the results into docs/performance.md (issue 6).
#
#   scripts/bench.sh           build Release; run the reference `argon2` CLI at the service's Argon2id parameters
#                              (native baseline), the BenchmarkDotNet micro-benchmarks, and the load scenarios
#                              against the service on SQLite (and on PostgreSQL when scripts/test-databases.sh
#                              exists and starts it), with pgbench on the same server (select-only at scale 1,
#                              TPC-B-like at scale 32, same clients and duration) to divide by, and on MariaDB with
#                              mysqlslap likewise (informational); then rewrite the measured section of
#                              docs/performance.md and write the raw numbers and ratios as JSON.
#                              About 10 minutes on 2 cores.
#   scripts/bench.sh --smoke   build the service and the load generator, start the service on a temporary SQLite
#                              database, run the load generator's --smoke mode, stop. Writes nothing; exit 1 on
#                              any error. This is the CI smoke step.
#   scripts/bench.sh --report DIR
#                              rewrite docs/performance.md from the raw results a run kept in DIR (BENCH_KEEP=1),
#                              without measuring again.
#
# Environment (all optional): BENCH_CLIENTS (32), BENCH_DURATION (seconds per scenario, 15), BENCH_WARMUP (unmeasured
# seconds before each scenario, 10), BENCH_JIT_WARMUP (unmeasured seconds of refresh and reads on each engine before its
# first measured scenario, 60: under full load on two cores the JIT's tiering needs about that long to settle, see
# docs/performance.md; 0 skips it), BENCH_BURST (200
# concurrent sign-ins), BENCH_PORT (5391), BENCH_QUIET_WAIT (seconds to wait for a quiet machine before measuring,
# 60), BENCH_SKIP_MICRO=1, BENCH_SKIP_SQLITE=1, BENCH_SKIP_POSTGRES=1, BENCH_SKIP_MYSQL=1, BENCH_OUTPUT
# (docs/performance.md), BENCH_JSON (artifacts/bench/bench.json), BENCH_KEEP=1 (keep the working folder with logs
# and raw JSON).
#
# Everything it starts (the service, the databases if they were not running) it stops again, also on failure.
# Load goes to 127.0.0.1 only. The service runs with RateLimiting:Enabled=false and its shipped appsettings.json.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

mode=full
case "${1:-}" in
  "") ;;
  --smoke) mode=smoke ;;
  --report) mode=report; report_dir=${2:?usage: $0 --report DIR} ;;
  -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--smoke | --report DIR]" >&2; exit 2 ;;
esac

clients=${BENCH_CLIENTS:-32}
duration=${BENCH_DURATION:-15}
warmup=${BENCH_WARMUP:-10}
jit_warmup=${BENCH_JIT_WARMUP:-60}
burst=${BENCH_BURST:-200}
port=${BENCH_PORT:-5391}
quiet_wait=${BENCH_QUIET_WAIT:-60}
output=${BENCH_OUTPUT:-docs/performance.md}
json_output=${BENCH_JSON:-artifacts/bench/bench.json}
url="http://127.0.0.1:$port"

# The Argon2id parameters the service uses by default (Auth:PasswordHashing); the baseline runs at the same ones.
argon2_m=19456 argon2_t=2 argon2_p=1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ "$mode" = report ]; then
  work=$(cd "$report_dir" && pwd)
  [ -f "$work/run.env" ] || { echo "$work/run.env is missing: not a folder kept by scripts/bench.sh" >&2; exit 1; }
  BENCH_KEEP=1
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/auth-bench.XXXXXX")
fi
service_pid=""
databases_started_here=""

log() { printf 'bench: %s\n' "$*" >&2; }

stop_service() {
  [ -n "$service_pid" ] || return 0
  if kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$service_pid" 2>/dev/null || true
  fi
  wait "$service_pid" 2>/dev/null || true
  service_pid=""
}

cleanup() {
  local status=$?
  stop_service
  if [ -n "$databases_started_here" ]; then
    log "stopping the databases scripts/test-databases.sh started for this run"
    bash scripts/test-databases.sh stop >/dev/null 2>&1 || true
  fi
  if [ "${BENCH_KEEP:-}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

need_curl() {
  command -v curl >/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || { log "curl is missing"; exit 1; }
  log "apt-get install curl"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null 2>&1 \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }
}

build() {
  # One build at a time: this machine has two cores.
  for project in src/Auth.Api/Auth.Api.csproj tests/Auth.LoadTests/Auth.LoadTests.csproj "$@"; do
    log "dotnet build -c Release $project"
    dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly >"$work/build.log" 2>&1 \
      || { cat "$work/build.log" >&2; exit 1; }
  done
}

api_dir="$repo/src/Auth.Api/bin/Release/net10.0"
load_dll="$repo/tests/Auth.LoadTests/bin/Release/net10.0/Auth.LoadTests.dll"
bench_dll="$repo/tests/Auth.Benchmarks/bin/Release/net10.0/Auth.Benchmarks.dll"

# start_service LABEL [KEY=VALUE...]: the built service on $url with its own pickup folder; waits until ready.
start_service() {
  local label=$1; shift
  local dir="$work/$label"
  mkdir -p "$dir/mail"
  # Run from the output folder so the shipped appsettings.json (log levels) applies; exec keeps the pid.
  (cd "$api_dir" && exec env "$@" \
    ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production \
    Email__Provider=Pickup Email__PickupDirectory="$dir/mail" RateLimiting__Enabled=false \
    dotnet Auth.Api.dll) >"$dir/service.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 120); do
    if ! kill -0 "$service_pid" 2>/dev/null; then
      log "the service ($label) exited while starting:"; tail -n 20 "$dir/service.log" >&2; service_pid=""; return 1
    fi
    curl -fsS "$url/health/ready" >/dev/null 2>&1 && { log "service ($label) ready, pid $service_pid"; return 0; }
    sleep 0.5
  done
  log "the service ($label) was not ready after 60 s:"; tail -n 20 "$dir/service.log" >&2
  stop_service
  return 1
}

# load LABEL NAME [ARGS...]: one load-generator run against the running service; JSON to $work/NAME.json.
# The generator shares the service's cores, so it runs its socket completions inline on the socket engine's threads
# instead of queueing each one to the thread pool (with the keep-alive reader, its CPU per read went from 0.030–0.040
# to 0.020–0.022 ms: docs/performance.md, third round).
load() {
  local label=$1 name=$2; shift 2
  log "load $name: $*"
  DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 dotnet "$load_dll" --url "$url" --mail-dir "$work/$label/mail" --service-pid "$service_pid" \
    --json "$work/$name.json" "$@" | tee "$work/$name.txt" >&2
}

# jit_warmup LABEL: unmeasured load on the paths measured next (refresh, JWT and session-token reads), so that the
# JIT has moved the hot code to its last tier before anything is measured. The report never reads its results.
jit_warmup() {
  local label=$1 each=$(( (jit_warmup + 2) / 3 ))
  [ "$jit_warmup" -gt 0 ] || return 0
  log "JIT warm-up on $label: $each s per scenario, unmeasured"
  load "$label" "$label-jit-warmup" --clients "$clients" --users "$clients" --scenarios refresh,me,me-session \
    --duration "$each" --warmup 0
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# pgbench_run NAME SCALE [PGBENCH ARGS...]: PostgreSQL alone, on the server the service used, in a database of its own
# initialised at SCALE; a warm-up, then $clients clients for $duration s with every transaction's latency logged.
# JSON { tps, p50Ms, p99Ms, ... } to $work/pgbench-NAME.json. Needs PGHOST, PGPORT, PGUSER, PGPASSWORD.
pgbench_run() {
  local name=$1 scale=$2; shift 2
  local db="auth_pgbench_${name//-/_}" logs="$work/pgbench-$name"
  mkdir -p "$logs"
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  log "pgbench $name: initialise scale $scale"
  pgbench -i -q -s "$scale" "$db" >"$logs/init.log" 2>&1 || { cat "$logs/init.log" >&2; return 1; }
  pgbench "$@" -c "$clients" -j "$(nproc)" -T "$warmup" "$db" >"$logs/warmup.log" 2>&1 || { cat "$logs/warmup.log" >&2; return 1; }
  log "pgbench $name: $* -c $clients for $duration s"
  (cd "$logs" && pgbench "$@" -c "$clients" -j "$(nproc)" -T "$duration" -l "$db") >"$logs/run.log" 2>&1 \
    || { cat "$logs/run.log" >&2; return 1; }
  PGB_NAME="$name" PGB_SCALE="$scale" PGB_ARGS="$*" PGB_CLIENTS="$clients" PGB_SECONDS="$duration" PGB_LOGS="$logs" \
    PGB_JSON="$work/pgbench-$name.json" python3 - <<'PY'
import glob, json, os, re, sys
env = os.environ
latencies = sorted(int(line.split()[2]) for path in glob.glob(os.path.join(env["PGB_LOGS"], "pgbench_log.*"))
                   for line in open(path) if line.strip())
def pct(p):
    return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] / 1000
text = open(os.path.join(env["PGB_LOGS"], "run.log")).read()
tps = float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text).group(1))
result = {"scenario": "pgbench-" + env["PGB_NAME"], "args": env["PGB_ARGS"], "scale": int(env["PGB_SCALE"]),
          "clients": int(env["PGB_CLIENTS"]), "seconds": int(env["PGB_SECONDS"]), "transactions": len(latencies),
          "tps": tps, "p50Ms": pct(50), "p99Ms": pct(99)}
with open(env["PGB_JSON"], "w") as f:
    json.dump(result, f)
print(f"bench: pgbench {env['PGB_NAME']}: {tps:,.0f} tps, p50 {result['p50Ms']:.2f} ms, p99 {result['p99Ms']:.2f} ms", file=sys.stderr)
PY
  rm -f "$logs"/pgbench_log.*
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null
}

# mysqlslap_run NAME STATEMENTS QUERY: MariaDB alone, on the server the service used, in the schema auth_slap
# (accounts: 100,000 rows by primary key, history), $clients clients; a warm-up, then as many transactions per client
# as fill about $duration s at the warm-up's rate (mysqlslap counts, it has no duration). QUERY is one transaction of
# STATEMENTS statements separated by ';'.
# JSON { tps, seconds, ... } to $work/mysqlslap-NAME.json. Needs MYSQL_HOST, MYSQL_TCP_PORT, MYSQL_USER, MYSQL_PWD.
mysqlslap_run() {
  local name=$1 statements=$2 query=$3
  local logs="$work/mysqlslap-$name" warmup_each=200 per_client
  mkdir -p "$logs"
  local slap=(mysqlslap -h "$MYSQL_HOST" -P "$MYSQL_TCP_PORT" -u "$MYSQL_USER" --create-schema=auth_slap --concurrency="$clients" --iterations=1)
  "${slap[@]}" --number-of-queries=$((clients * warmup_each * statements)) --query="$query" >"$logs/warmup.log" 2>&1 || { cat "$logs/warmup.log" >&2; return 1; }
  # mysqlslap counts instead of timing: size the run from the warm-up's rate so that it lasts about $duration s.
  per_client=$(awk -v d="$duration" -v w="$warmup_each" '/Average number of seconds to run all queries/ { s = $(NF-1); n = int(w * d / (s > 0.01 ? s : 0.01)); print (n < w ? w : n) }' "$logs/warmup.log")
  log "mysqlslap $name: $clients clients × $per_client transactions"
  "${slap[@]}" --number-of-queries=$((clients * per_client * statements)) --query="$query" >"$logs/run.log" 2>&1 || { cat "$logs/run.log" >&2; return 1; }
  local seconds
  seconds=$(awk '/Average number of seconds to run all queries/ { print $(NF-1) }' "$logs/run.log")
  python3 - "$name" "$clients" "$per_client" "$seconds" "$work/mysqlslap-$name.json" <<'PY'
import json, sys
name, clients, per_client, seconds, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
result = {"scenario": "mysqlslap-" + name, "clients": clients, "transactions": clients * per_client, "seconds": seconds,
          "tps": clients * per_client / seconds}
json.dump(result, open(path, "w"))
print(f"bench: mysqlslap {name}: {result['tps']:,.0f} transactions/s over {seconds:.1f} s", file=sys.stderr)
PY
}

# write_report: renders the measured section of $output from $work (raw results plus run.env).
write_report() {
  set -a
  # shellcheck disable=SC1091
  . "$work/run.env"
  set +a
  mkdir -p "$(dirname "$json_output")"
  BENCH_WORK="$work" BENCH_OUTPUT="$output" BENCH_JSON="$json_output" python3 - <<'PY'
# Renders the measured section of docs/performance.md from the raw results of this run.
import glob, json, os, re, statistics, sys

env = os.environ
work = env["BENCH_WORK"]
nproc = int(env["BENCH_NPROC"])


def read(name):
    path = os.path.join(work, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return {r["scenario"]: r for r in json.load(f)["results"]}


single, sqlite, burst, postgres = read("sqlite-single"), read("sqlite"), read("sqlite-burst"), read("postgres")
with open(os.path.join(work, "argon2.txt")) as f:
    runs = [line.split() for line in f if line.strip()]
argon2_ms = statistics.median(float(r[0]) for r in runs) * 1000
argon2_wall_ms = statistics.median(float(r[1]) for r in runs) / 1000

micro = {}
if env.get("BENCH_MICRO_JSON"):
    with open(env["BENCH_MICRO_JSON"]) as f:
        for b in json.load(f)["Benchmarks"]:
            micro[b["Type"] + "." + b["Method"]] = b


def ms(x):
    return f"{x:,.1f} ms" if x >= 10 else f"{x:,.2f} ms"


def duration(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:,.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:,.1f} µs"
    return f"{ns:,.0f} ns"


def verdict(ok):
    return "**met**" if ok else "**missed**"


def capacity(result):
    """What the CPU time per request says the rate would be with every core free for the service and generator."""
    service, own = result.get("serviceCpuMsPerRequest"), result.get("loadGeneratorCpuMsPerRequest")
    if not service:
        return ""
    return f"<br>CPU {service:.2f} + {own or 0:.2f} ms/req (service + generator) → ≈ {nproc * 1000 / (service + (own or 0)):,.0f}/s on {nproc} free cores"


rows = []
s1 = single and single.get("sign-in")
if s1:
    p50 = s1["total"]["p50Ms"]
    rows.append(("Whole sign-in over HTTP, 1 client, p50 (SQLite)", f"{ms(p50)} = {p50 / argon2_ms:.2f} × argon2",
                 f"≤ 0.8 × argon2 = {ms(0.8 * argon2_ms)}", verdict(p50 <= 0.8 * argon2_ms)))
si = sqlite and sqlite.get("sign-in")
if si:
    rps, target = si["total"]["requestsPerSecond"], 0.9 * nproc / (argon2_ms / 1000)
    rows.append((f"Sign-in throughput, {env['BENCH_CLIENTS']} clients (SQLite)", f"{rps:,.1f}/s" + capacity(si),
                 f"≥ 0.9 × {nproc} cores ÷ {ms(argon2_ms)} = {target:,.1f}/s", verdict(rps >= target)))
pg = postgres and postgres.get("refresh")
if pg:
    rps, p99 = pg["total"]["requestsPerSecond"], pg["total"]["p99Ms"]
    rows.append((f"Refresh rotations, {env['BENCH_CLIENTS']} clients (PostgreSQL)", f"{rps:,.0f}/s, p99 {ms(p99)}" + capacity(pg),
                 "≥ 1,000/s, p99 < 50 ms", verdict(rps >= 1000 and p99 < 50)))
else:
    rows.append((f"Refresh rotations, {env['BENCH_CLIENTS']} clients (PostgreSQL)", env["BENCH_POSTGRES_NOTE"] or "not measured",
                 "≥ 1,000/s, p99 < 50 ms", "not measured"))
sr = sqlite and sqlite.get("refresh")
if sr:
    rps, p99 = sr["total"]["requestsPerSecond"], sr["total"]["p99Ms"]
    rows.append((f"(for reference) refresh rotations, {env['BENCH_CLIENTS']} clients (SQLite)", f"{rps:,.0f}/s, p99 {ms(p99)}" + capacity(sr),
                 "same target, other engine", verdict(rps >= 1000 and p99 < 50)))
me = sqlite and sqlite.get("me")
if me:
    rps = me["total"]["requestsPerSecond"]
    rows.append((f"GET /users/me, {env['BENCH_CLIENTS']} clients (SQLite)", f"{rps:,.0f}/s, p99 {ms(me['total']['p99Ms'])}" + capacity(me),
                 "≥ 5,000/s", verdict(rps >= 5000)))
pgme = postgres and postgres.get("me")
if pgme:
    rps = pgme["total"]["requestsPerSecond"]
    rows.append((f"GET /users/me, {env['BENCH_CLIENTS']} clients (PostgreSQL)", f"{rps:,.0f}/s, p99 {ms(pgme['total']['p99Ms'])}" + capacity(pgme),
                 "≥ 5,000/s", verdict(rps >= 5000)))
validate = micro.get("JwtBenchmarks.AuthValidate")
if validate:
    mean = validate["Statistics"]["Mean"]
    rows.append(("JWT validation, a token not seen before (IAccessTokenValidator, benchmark mean)", duration(mean), "< 50 µs", verdict(mean < 50_000)))
cached = micro.get("JwtBenchmarks.AuthValidateCacheHit")
if cached:
    mean = cached["Statistics"]["Mean"]
    rows.append(("(for reference) JWT validation, a token seen before (validated-token cache)", duration(mean), "< 50 µs", verdict(mean < 50_000)))
b = burst and burst.get("sign-in-burst")
if b and b.get("peakWorkingSetMiB") is not None:
    peak = b["peakWorkingSetMiB"]
    rows.append((f"Peak working set (VmHWM) during {env['BENCH_BURST']} concurrent sign-ins", f"{peak:,.0f} MiB", "< 512 MiB",
                 verdict(peak < 512)))

def read_one(name):
    path = os.path.join(work, name + ".json")
    return json.load(open(path)) if os.path.exists(path) else None


# The service against the database alone on the same server in the same run (pgbench), and sign-in against the hash.
pg_select, pg_tpcb, one_account = read_one("pgbench-select-only"), read_one("pgbench-tpcb"), read("postgres-one-account")
ratios = []


def ratio(path, service, service_text, database, database_text, target, ok):
    ratios.append({"path": path, "service": service, "database": database, "ratio": service / database if database else None,
                   "serviceText": service_text, "databaseText": database_text, "target": target, "met": ok})


for scenario, label, goal in [("me-session", "GET /users/me with a session token", 0.20), ("me", "GET /users/me with a JWT", 0.35)]:
    r = postgres and postgres.get(scenario)
    if r and pg_select:
        rps = r["total"]["requestsPerSecond"]
        ratio(label, rps, f"{rps:,.0f}/s, p99 {ms(r['total']['p99Ms'])}", pg_select["tps"], f"`pgbench -S` (scale 1) {pg_select['tps']:,.0f}/s",
              f"≥ {goal:.0%}", rps / pg_select["tps"] >= goal)
r = postgres and postgres.get("refresh")
if r and pg_tpcb:
    rps, p99 = r["total"]["requestsPerSecond"], r["total"]["p99Ms"]
    ratio("refresh-token rotation", rps, f"{rps:,.0f}/s, p99 {ms(p99)}", pg_tpcb["tps"],
          f"`pgbench` TPC-B-like (scale 32) {pg_tpcb['tps']:,.0f}/s, p99 {ms(pg_tpcb['p99Ms'])}",
          f"≥ 60 %, p99 < 3 × {ms(pg_tpcb['p99Ms'])}", rps / pg_tpcb["tps"] >= 0.6 and p99 < 3 * pg_tpcb["p99Ms"])
r = one_account and one_account.get("sign-in")
if r:
    rps, errors = r["total"]["requestsPerSecond"], r["total"]["errorCount"]
    limit = nproc / (argon2_ms / 1000)
    ratio("password sign-in, 8 clients, one account", rps, f"{rps:,.1f}/s, {errors} errors", limit,
          f"{nproc} cores ÷ {ms(argon2_ms)} per hash = {limit:,.1f}/s", "≥ 80 %, zero errors", rps / limit >= 0.8 and errors == 0)
# MariaDB, informational: the same paths against mysqlslap on the same server (a primary-key select; a transaction of a
# select, an update and an insert).
mariadb, slap_select, slap_write = read("mariadb"), read_one("mysqlslap-select"), read_one("mysqlslap-write")
mariadb_ratios = []
for scenario, label, base, base_label in [("me-session", "GET /users/me with a session token", slap_select, "mysqlslap primary-key select"),
                                          ("me", "GET /users/me with a JWT", slap_select, "mysqlslap primary-key select"),
                                          ("refresh", "refresh-token rotation", slap_write, "mysqlslap write transaction")]:
    r = mariadb and mariadb.get(scenario)
    if r and base:
        rps = r["total"]["requestsPerSecond"]
        mariadb_ratios.append({"path": label, "service": rps, "database": base["tps"], "ratio": rps / base["tps"],
                               "serviceText": f"{rps:,.0f}/s, p99 {ms(r['total']['p99Ms'])}",
                               "databaseText": f"{base_label} {base['tps']:,.0f}/s", "target": "informational", "met": None})
for x in ratios + mariadb_ratios:
    verdict_text = "informational" if x["met"] is None else f"target {x['target']}: {'met' if x['met'] else 'missed'}"
    print(f"bench: {x['path']}: {x['serviceText']} / {x['databaseText']} = {x['ratio']:.1%} ({verdict_text})", file=sys.stderr)

with open(env["BENCH_JSON"], "w") as f:
    json.dump({"commit": env["BENCH_COMMIT"], "cores": nproc, "argon2Ms": argon2_ms, "ratios": ratios,
               "mariadbRatios": mariadb_ratios, "pgbench": {"selectOnly": pg_select, "tpcb": pg_tpcb},
               "mysqlslap": {"select": slap_select, "write": slap_write},
               "results": {"sqliteSingle": single, "sqlite": sqlite, "sqliteBurst": burst, "postgres": postgres,
                           "postgresOneAccount": one_account, "mariadb": mariadb}}, f, indent=2)

out = []
w = out.append
w(f"Measured by `scripts/bench.sh` at commit {env['BENCH_COMMIT']}: service and load generator on the same machine.")
w("")
w("| machine | |")
w("|---|---|")
w(f"| CPU | {env['BENCH_CPU']}, {nproc} cores (`nproc`) |")
w(f"| memory | {env['BENCH_MEM']} |")
w(f"| .NET | {env['BENCH_DOTNET']} |")
w(f"| OS | {env['BENCH_OS']} |")
w(f"| load average (1, 5, 15 min) | at start {env['BENCH_LOAD_START']}; after the micro-benchmarks {env['BENCH_LOAD_MICRO']}; at the end {env['BENCH_LOAD_END']} |")
w("")
w("### Against the database (32 clients unless said; PostgreSQL; the database figure measured alone in the same run)")
w("")
if not ratios:
    w("Not measured (no PostgreSQL run, or pgbench failed).")
else:
    w("| path | service | the database alone | ratio | target | |")
    w("|---|---|---|---:|---|---|")
    for x in ratios:
        w(f"| {x['path']} | {x['serviceText']} | {x['databaseText']} | {x['ratio']:.1%} | {x['target']} | {verdict(x['met'])} |")
w("")
w("MariaDB, informational (mysqlslap counts transactions; the count is sized from its warm-up to last the same duration):")
w("")
if not mariadb_ratios:
    w(env.get("BENCH_MYSQL_NOTE") or "Not measured.")
else:
    w("| path | service | the database alone | ratio |")
    w("|---|---|---|---:|")
    for x in mariadb_ratios:
        w(f"| {x['path']} | {x['serviceText']} | {x['databaseText']} | {x['ratio']:.1%} |")
w("")
w("### Targets of the first release")
w("")
w("| target | measured | goal | |")
w("|---|---|---|---|")
for r in rows:
    w("| " + " | ".join(r) + " |")
w("")
w(f"### Native baseline: reference `argon2` CLI, Argon2id {env['BENCH_ARGON2']}, 32-byte hash")
w("")
w(f"Median of {len(runs)} runs: **{ms(argon2_ms)}** per hash as the tool reports it; {ms(argon2_wall_ms)} for the whole command"
  " including process start.")


def load_table(title, results, note=None):
    w("")
    w(f"### {title}")
    w("")
    if not results:
        w(note or "Not measured.")
        return
    w("| scenario | clients | s | requests | req/s | p50 | p95 | p99 | max | peak WS | service CPU/req | errors |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in results.values():
        for label, stats, peak, cpu in [(r["scenario"], r["total"], r.get("peakWorkingSetMiB"), r.get("serviceCpuMsPerRequest"))] + \
                [(f"&nbsp;&nbsp;{r['scenario']}: {o['operation']}", o, None, None) for o in r["operations"]]:
            errors = str(stats["errorCount"]) if not stats["errors"] else \
                f"{stats['errorCount']} ({', '.join(f'{k}: {v}' for k, v in stats['errors'].items())})"
            w(f"| {label} | {r['clients']} | {r['seconds']:.1f} | {stats['requests']:,} | {stats['requestsPerSecond']:,.1f} | "
              f"{ms(stats['p50Ms'])} | {ms(stats['p95Ms'])} | {ms(stats['p99Ms'])} | {ms(stats['maxMs'])} | "
              f"{'' if peak is None else f'{peak:,.0f} MiB'} | {'' if cpu is None else f'{cpu:.2f} ms'} | {errors} |")


merged = {}
for part in (single, sqlite, burst):
    for k, v in (part or {}).items():
        merged[("1 client: " if part is single else "") + k] = dict(v, scenario=("1 client: " if part is single else "") + k)
load_table("Load: SQLite (file database, WAL)", merged)
load_table("Load: PostgreSQL", postgres, env["BENCH_POSTGRES_NOTE"])
load_table("Load: PostgreSQL, 8 clients signing in to one account", one_account, env["BENCH_POSTGRES_NOTE"])
load_table("Load: MariaDB", mariadb, env.get("BENCH_MYSQL_NOTE"))

w("")
w("### Micro-benchmarks (BenchmarkDotNet, ShortRun in process)")
w("")
if not micro:
    w("Not run (BENCH_SKIP_MICRO=1).")
else:
    w("| class | benchmark | mean | median | allocated |")
    w("|---|---|---:|---:|---:|")
    for b in micro.values():
        title = b["MethodTitle"].strip("'")
        allocated = b.get("Memory", {}).get("BytesAllocatedPerOperation")
        w(f"| {b['Type']} | {title} | {duration(b['Statistics']['Mean'])} | {duration(b['Statistics']['Median'])} | "
          f"{'' if allocated is None else f'{allocated:,} B'} |")

begin, end = "<!-- bench:begin", "<!-- bench:end -->"
section = begin + " (written by scripts/bench.sh; edits inside are overwritten) -->\n" + "\n".join(out) + "\n" + end
path = env["BENCH_OUTPUT"]
text = open(path).read() if os.path.exists(path) else "# Performance\n\n## Latest measurements\n\n" + begin + " -->\n" + end + "\n"
if begin not in text:
    text = text.rstrip("\n") + "\n\n## Latest measurements\n\n" + begin + " -->\n" + end + "\n"
text = re.sub(re.escape(begin) + r".*?" + re.escape(end), lambda _: section, text, flags=re.S)
with open(path, "w") as f:
    f.write(text)
PY
  log "wrote $output"
}

if [ "$mode" = report ]; then
  write_report
  exit 0
fi

if [ "$mode" = smoke ]; then
  need_curl
  build
  start_service smoke Database__Provider=Sqlite ConnectionStrings__Auth="Data Source=$work/smoke/auth.db"
  dotnet "$load_dll" --smoke --url "$url" --mail-dir "$work/smoke/mail" --service-pid "$service_pid" --json "$work/smoke.json"
  exit $?
fi

# ------------------------------------------------------------------------------------------------ full run
command -v python3 >/dev/null || { log "python3 is needed to write $output"; exit 1; }
need_curl
if ! command -v argon2 >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { log "the reference argon2 CLI is missing (apt-get install argon2)"; exit 1; }
  log "apt-get install argon2"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq argon2 >/dev/null 2>&1 \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq argon2 >/dev/null; }
fi

if [ "${BENCH_SKIP_MICRO:-}" = 1 ]; then build; else build tests/Auth.Benchmarks/Auth.Benchmarks.csproj; fi

# Other work on the machine skews every number: wait a little for it to calm down, and record it either way.
for _ in $(seq 1 "$quiet_wait"); do
  awk -v n="$(nproc)" '{ exit !($1 < n * 0.25) }' /proc/loadavg && break
  sleep 1
done
load_start=$(loadavg)
log "load average at start: $load_start"

# Reference argon2 (C, the PHC reference implementation): 9 hashes, median of its own reported time.
log "argon2 -id -k $argon2_m -t $argon2_t -p $argon2_p -l 32, 9 runs"
: >"$work/argon2.txt"
for _ in $(seq 1 9); do
  start=$(date +%s%N)
  seconds=$(printf 'correct horse battery staple' | argon2 "benchsalt$RANDOM$RANDOM" -id -k "$argon2_m" -t "$argon2_t" -p "$argon2_p" -l 32 \
    | awk '/seconds/ { print $1 }')
  end=$(date +%s%N)
  echo "$seconds $(( (end - start) / 1000 ))" >>"$work/argon2.txt"
done

micro_json=""
if [ "${BENCH_SKIP_MICRO:-}" != 1 ]; then
  log "micro-benchmarks (BenchmarkDotNet, short in-process jobs)"
  (cd "$work" && dotnet "$bench_dll" --filter '*' --artifacts "$work/bdn" >"$work/bdn.log" 2>&1) \
    || { tail -n 40 "$work/bdn.log" >&2; exit 1; }
  micro_json=$(ls "$work"/bdn/results/*-report-full.json 2>/dev/null | head -n 1 || true)
fi
load_after_micro=$(loadavg)

# Load on SQLite: one client alone (sign-in latency), C clients per scenario, then a burst of concurrent sign-ins.
if [ "${BENCH_SKIP_SQLITE:-}" != 1 ]; then
  start_service sqlite Database__Provider=Sqlite ConnectionStrings__Auth="Data Source=$work/sqlite/auth.db"
  jit_warmup sqlite
  load sqlite sqlite-single --clients 1 --users 1 --scenarios sign-in --duration 10 --warmup 2
  load sqlite sqlite --clients "$clients" --users "$clients" --scenarios sign-in,refresh,me,me-session,mixed --duration "$duration" --warmup "$warmup"
  load sqlite sqlite-burst --clients "$burst" --users "$burst" --setup-concurrency 8 --scenarios sign-in-burst --duration 60 --warmup 0
  stop_service
fi

# Load on PostgreSQL, when the database script of the repository can start a server.
postgres_note="not measured: scripts/test-databases.sh is not in this checkout"
if [ "${BENCH_SKIP_POSTGRES:-}" = 1 ]; then
  postgres_note="not measured: BENCH_SKIP_POSTGRES=1"
elif [ -f scripts/test-databases.sh ]; then
  postgres_was_running=$(bash scripts/test-databases.sh status 2>/dev/null | grep -c '^postgres: running' || true)
  if bash scripts/test-databases.sh start >"$work/databases.log" 2>&1; then
    [ "$postgres_was_running" = 1 ] || databases_started_here=1
    postgres=$(bash scripts/test-databases.sh env 2>/dev/null | sed -n "s/^export AUTH_TEST_POSTGRES='\(.*\)'$/\1/p" || true)
    if [ -z "$postgres" ]; then
      postgres_note="not measured: scripts/test-databases.sh env printed no AUTH_TEST_POSTGRES"
    else
      # A database of its own, created by the service's migrations.
      postgres=$(printf '%s' "$postgres" | sed "s/Database=[^;]*/Database=auth_bench_$(date +%s)/")
      if start_service postgres Database__Provider=Postgres ConnectionStrings__Auth="$postgres"; then
        jit_warmup postgres
        # The reads before the refresh: measured after it, they also paid for the autovacuum of its dead rows (8,300
        # against 7,393 JWT reads/s in one A/B), which pgbench -S, on its freshly vacuumed table, never does.
        load postgres postgres --clients "$clients" --users "$clients" --scenarios sign-in,me,me-session,refresh,mixed --duration "$duration" --warmup "$warmup"
        # The issue-18 case: eight clients signing in to one account at once (a shared row; no answer may be an error).
        load postgres postgres-one-account --clients 8 --users 1 --scenarios sign-in --duration "$duration" --warmup "$warmup"
        stop_service
        postgres_note=""
        # The database alone, on the same server, with the same clients and duration: what the ratios divide by.
        conn() { printf '%s' "$postgres" | tr ';' '\n' | sed -n "s/^$1=//p"; }
        export PGHOST; PGHOST=$(conn Host)
        export PGPORT; PGPORT=$(conn Port)
        export PGUSER; PGUSER=$(conn Username)
        export PGPASSWORD; PGPASSWORD=$(conn Password)
        pgbench_run select-only 1 -S || log "pgbench select-only failed"
        pgbench_run tpcb 32 || log "pgbench TPC-B failed"
      else
        postgres_note="not measured: the service did not start on PostgreSQL (Database:Provider=Postgres not supported by this build?)"
      fi
    fi
  else
    tail -n 20 "$work/databases.log" >&2
    postgres_note="not measured: scripts/test-databases.sh start failed"
  fi
fi
# Load on MariaDB, informational: the reads and the refresh, then mysqlslap on the same server with the same clients.
mysql_note="not measured: BENCH_SKIP_MYSQL=1"
if [ "${BENCH_SKIP_MYSQL:-}" != 1 ] && [ -f scripts/test-databases.sh ]; then
  mysql_note="not measured: scripts/test-databases.sh start failed"
  mariadb_was_running=$(bash scripts/test-databases.sh status 2>/dev/null | grep -c '^mariadb: running' || true)
  if bash scripts/test-databases.sh start >>"$work/databases.log" 2>&1; then
    [ "$mariadb_was_running" = 1 ] || databases_started_here=1
    mysql=$(bash scripts/test-databases.sh env 2>/dev/null | sed -n "s/^export AUTH_TEST_MYSQL='\(.*\)'$/\1/p" || true)
    mysql_note="not measured: the service did not start on MariaDB"
    if [ -n "$mysql" ] && start_service mariadb Database__Provider=MySql ConnectionStrings__Auth="$mysql;Database=auth_bench_$(date +%s)"; then
      jit_warmup mariadb
      load mariadb mariadb --clients "$clients" --users "$clients" --scenarios me,me-session,refresh --duration "$duration" --warmup "$warmup"
      stop_service
      mysql_note=""
      field() { printf '%s' "$mysql" | tr ';' '\n' | sed -n "s/^$1=//p"; }
      export MYSQL_HOST MYSQL_TCP_PORT MYSQL_USER MYSQL_PWD
      MYSQL_HOST=$(field Server) MYSQL_TCP_PORT=$(field Port) MYSQL_USER=$(field 'User ID') MYSQL_PWD=$(field Password)
      mariadb -h "$MYSQL_HOST" -P "$MYSQL_TCP_PORT" -u "$MYSQL_USER" -e "DROP DATABASE IF EXISTS auth_slap; CREATE DATABASE auth_slap; USE auth_slap;
        CREATE TABLE accounts (aid INT PRIMARY KEY, abalance INT NOT NULL, filler CHAR(84) NOT NULL);
        INSERT INTO accounts SELECT seq, 0, '' FROM seq_1_to_100000;
        CREATE TABLE history (id BIGINT AUTO_INCREMENT PRIMARY KEY, aid INT NOT NULL, delta INT NOT NULL, at DATETIME(6) NOT NULL);" \
        >"$work/mysqlslap-setup.log" 2>&1 || { cat "$work/mysqlslap-setup.log" >&2; mysql_note="mysqlslap: the schema could not be made"; }
      # A row by primary key that differs per connection and per moment (a constant per statement, so the index is used).
      aid="1 + (CONNECTION_ID() * 7919 + UNIX_TIMESTAMP(NOW(6)) * 1000000) % 100000"
      mysqlslap_run select 1 "SELECT abalance FROM accounts WHERE aid = $aid" || log "mysqlslap select failed"
      mysqlslap_run write 5 "START TRANSACTION; SELECT abalance FROM accounts WHERE aid = $aid; UPDATE accounts SET abalance = abalance + 1 WHERE aid = $aid; INSERT INTO history (aid, delta, at) VALUES ($aid, 1, NOW(6)); COMMIT" \
        || log "mysqlslap write failed"
      mariadb -h "$MYSQL_HOST" -P "$MYSQL_TCP_PORT" -u "$MYSQL_USER" -e "DROP DATABASE IF EXISTS auth_slap" >/dev/null 2>&1 || true
    fi
  fi
fi
load_end=$(loadavg)

# ------------------------------------------------------------------------------------------------ report
# Everything the report needs besides the raw results, kept with them so that --report can render again.
{
  printf 'BENCH_MICRO_JSON=%q\n' "$micro_json"
  printf 'BENCH_POSTGRES_NOTE=%q\n' "$postgres_note"
  printf 'BENCH_MYSQL_NOTE=%q\n' "$mysql_note"
  printf 'BENCH_LOAD_START=%q\nBENCH_LOAD_MICRO=%q\nBENCH_LOAD_END=%q\n' "$load_start" "$load_after_micro" "$load_end"
  printf 'BENCH_ARGON2=%q\n' "m=$argon2_m,t=$argon2_t,p=$argon2_p"
  printf 'BENCH_CLIENTS=%q\nBENCH_BURST=%q\n' "$clients" "$burst"
  printf 'BENCH_COMMIT=%q\n' "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src tests 2>/dev/null || echo ' + local changes')"
  printf 'BENCH_CPU=%q\n' "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
  printf 'BENCH_NPROC=%q\n' "$(nproc)"
  printf 'BENCH_MEM=%q\n' "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  printf 'BENCH_DOTNET=%q\n' "SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  printf 'BENCH_OS=%q\n' "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
} >"$work/run.env"
write_report
