# Shared by run.sh and test.sh: install what is missing, never what is already there.
# Debian packages come from apt (when root); the .NET SDK and Node.js must come with the machine image
# or from their vendors' Debian repositories, since Debian itself does not ship .NET 10 or Node 20.

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ensure_packages DEB... : installs the Debian packages among DEB... that are not installed yet.
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}. Run as root, or: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  log "Installing Debian packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

require_toolchains() {
  if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
    echo "The .NET 10 SDK is required (https://learn.microsoft.com/dotnet/core/install/linux-debian)." >&2
    return 1
  fi
  if ! command -v node >/dev/null; then ensure_packages nodejs npm; fi
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# build_web: installs the web client's packages exactly as locked and builds it into the server's wwwroot.
build_web() {
  log "Building the web client"
  (
    cd web
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi
    npm run --silent build
  )
}
