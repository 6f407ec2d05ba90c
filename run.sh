#!/usr/bin/env bash
# Builds and starts Parta on this machine with the embedded defaults: SQLite and files under ./data,
# e-mail and SMS written to the log and the operators' outbox page. Installs what is missing first.
#
#   ./run.sh [--host 0.0.0.0] [--port 8080] [--data ./data] [--postgres "Host=…;Database=parta;Username=…"]
#            [--public-url https://parta.school.ru]
# Files in S3-compatible object storage and virus scanning by clamd are set in the environment
# (PARTA_FILES__S3__BUCKET …, PARTA_FILES__SCANNER__CLAMDADDRESS; docs/operations.md); without them files stay
# under the data folder, unscanned.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib/prerequisites.sh

host=localhost port=8080 data=./data postgres="" public_url=""
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --postgres) postgres=$2; shift 2 ;;
    --public-url) public_url=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (see ./run.sh --help)" >&2; exit 2 ;;
  esac
done

require_toolchains
ensure_packages curl ca-certificates
build_web
log "Building the server"
dotnet publish src/Parta.Server -c Release -o artifacts/server -nologo -v q -clp:ErrorsOnly

mkdir -p "$data"
export PARTA_PARTA__DATAPATH=$(cd "$data" && pwd)
export PARTA_PARTA__PUBLICURL=${public_url:-http://$([ "$host" = 0.0.0.0 ] && echo localhost || echo "$host"):$port}
export ASPNETCORE_URLS="http://$host:$port"
if [ -n "$postgres" ]; then
  export PARTA_DATABASE__PROVIDER=Postgres PARTA_DATABASE__CONNECTIONSTRING=$postgres
fi
log "Starting Parta on $ASPNETCORE_URLS (data in $PARTA_PARTA__DATAPATH)"
cd artifacts/server
exec dotnet Parta.Server.dll
