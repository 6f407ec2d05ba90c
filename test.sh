#!/usr/bin/env bash
# Runs every test suite of Parta on this machine, installing and starting what the tests need on
# loopback: a throw-away PostgreSQL cluster, a Redis (for the scale-out tests), an SMTP server (aiosmtpd),
# an S3-compatible object storage (s3rver), ClamAV's clamd (started by the tests themselves) and headless Chromium.
# Integration tests run twice, on SQLite and on PostgreSQL; the file tests run a third time with the files in
# object storage instead of on local disk. Ends with one line:
#   tests: N passed, N failed, N skipped
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
source scripts/lib/prerequisites.sh

require_toolchains
# clamav-daemon: the virus-scan tests start their own clamd (Harness/PrivateClamd.cs) with a private configuration and
# an EICAR-only signature database on loopback, stopping and restarting it mid-test; no signatures are downloaded.
ensure_packages postgresql redis-server sqlite3 python3-aiosmtpd chromium fonts-dejavu-core fonts-noto-color-emoji curl ca-certificates clamav-daemon

work=$(mktemp -d /tmp/parta-test.XXXXXX)
chmod 755 "$work"
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$work/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

log "Starting PostgreSQL on loopback"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port=$(free_port)
mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U parta -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null

log "Starting Redis on loopback"
# No persistence: it only carries the SignalR backplane and refresh notices between test servers.
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
  --logfile "$work/redis.log" --dir "$work" &
pids+=($!)
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null

log "Starting an SMTP server on loopback"
smtp_port=$(free_port)
mkdir -p "$work/maildir/tmp" "$work/maildir/new" "$work/maildir/cur"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$work/maildir" >"$work/smtp.log" 2>&1 &
pids+=($!)

build_web
log "Web client: first-load size"
# Sign-in + chat list must stay within the JavaScript budget of issue 19 (scripts/first-load-size.mjs).
size_status=0
size_report=$(cd web && npm run --silent size 2>&1) || size_status=$?
echo "$size_report"
log "Installing tus-js-client for the upload tests (tests/tus-client)"
(
  cd tests/tus-client
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
)
log "Installing and starting an S3-compatible object storage on loopback (s3rver, tests/s3-server)"
(
  cd tests/s3-server
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
)
s3_port=$(free_port)
node tests/s3-server/node_modules/s3rver/bin/s3rver.js --silent -d "$work/s3" -a 127.0.0.1 -p "$s3_port" \
  --configure-bucket parta-test >"$work/s3.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$s3_port/parta-test" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$s3_port/parta-test" >/dev/null
log "Web client unit tests"
web_status=0
(cd web && npx vitest run --reporter=default --reporter=json --outputFile="$results/web.json") || web_status=$?

log "Building the server and the tests"
dotnet build Parta.slnx -nologo -v q -clp:ErrorsOnly

export PARTA_TEST_SMTP_PORT=$smtp_port PARTA_TEST_SMTP_MAILDIR="$work/maildir"
export PARTA_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=parta;Pooling=true;Maximum Pool Size=20"
export PARTA_TEST_REDIS="127.0.0.1:$redis_port"
export PARTA_TEST_CHROMIUM=/usr/bin/chromium PARTA_TEST_ARTIFACTS="$results/screenshots"

run_suite() { # name project provider [filter]
  log "Tests: $1"
  PARTA_TEST_PROVIDER=$3 dotnet test "$2" --no-build -nologo ${4:+--filter "$4"} \
    --logger "trx;LogFileName=$results/$1.trx" --logger "console;verbosity=minimal" || true
}
# Tests that bring their own PostgreSQL or need several nodes on one PostgreSQL database run in the PostgreSQL run only.
run_suite integration-sqlite tests/Parta.Tests sqlite "Run!=Postgres"
run_suite integration-postgres tests/Parta.Tests postgres
run_suite browser tests/Parta.BrowserTests sqlite
# The same file tests with the files in object storage: the server reads these settings from the environment.
PARTA_FILES__S3__BUCKET=parta-test PARTA_FILES__S3__SERVICEURL="http://127.0.0.1:$s3_port" \
PARTA_FILES__S3__ACCESSKEY=S3RVER PARTA_FILES__S3__SECRETKEY=S3RVER \
  run_suite integration-s3 tests/Parta.Tests sqlite \
  "FullyQualifiedName~FileUploadTests|FullyQualifiedName~FileDownloadTests|FullyQualifiedName~TusClientTests|FullyQualifiedName~ChatAvatarTests|FullyQualifiedName~OperatorReviewTests|FullyQualifiedName~VirusScanTests"

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  attr() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(attr total) p=$(attr passed) f=$(attr failed)
  f=$((f + $(attr error) + $(attr timeout) + $(attr aborted)))
  s=$((total - p - f))
  echo "  $(basename "$trx" .trx): $p passed, $f failed, $s skipped"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done
for suite in integration-sqlite integration-postgres browser integration-s3; do
  [ -f "$results/$suite.trx" ] || { echo "  $suite: did not run"; failed=$((failed + 1)); }
done
if [ -f "$results/web.json" ]; then
  read -r p f s < <(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests)' "$results/web.json")
  echo "  web: $p passed, $f failed, $s skipped"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
else
  echo "  web: did not run"; failed=$((failed + 1))
fi
[ "$web_status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "  $(echo "$size_report" | tail -n 1)"
[ "$size_status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1

echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
