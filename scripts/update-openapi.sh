#!/usr/bin/env bash
# Refreshes web/openapi.json (the API contract) from a briefly started server and regenerates the web
# client's types from it. Run after changing an endpoint; a test fails while the two differ.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=${PARTA_OPENAPI_PORT:-18089}
dotnet build src/Parta.Server -v q -nologo >/dev/null
PARTA_PARTA__DATAPATH="$data" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet run --no-build --project src/Parta.Server >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/openapi/v1.json" -o "$data/openapi.json" 2>/dev/null && break
  sleep 0.3
done
[ -s "$data/openapi.json" ] || { cat "$data/server.log"; exit 1; }
python3 -m json.tool --indent 2 --no-ensure-ascii "$data/openapi.json" > web/openapi.json
if [ -d web/node_modules ]; then (cd web && npm run --silent gen:api); fi
echo "web/openapi.json updated"
# Refresh the endpoint table in docs/api.md from the contract, grouped by area (each module's tag).
python3 - <<'PY'
import json, re
spec = json.load(open("web/openapi.json"))
rows = ["| area | method | path | operation | summary |", "|---|---|---|---|---|"]
operations = [(op.get("tags", [""])[0], path, method, op) for path, item in spec["paths"].items() for method, op in item.items()]
for area, path, method, op in sorted(operations, key=lambda o: (o[0], o[1])):
    rows.append(f"| {area} | {method.upper()} | `{path}` | {op.get('operationId', '')} | {op.get('summary', '')} |")
doc = open("docs/api.md").read()
doc = re.sub(r"<!-- endpoints:begin -->.*<!-- endpoints:end -->",
             "<!-- endpoints:begin -->\n" + "\n".join(rows) + "\n<!-- endpoints:end -->", doc, flags=re.S)
open("docs/api.md", "w").write(doc)
PY
