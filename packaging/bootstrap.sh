#!/usr/bin/env bash
# Shardscope bootstrap for a fresh Debian 12 machine.
#
#   bash packaging/bootstrap.sh run [shardscope options]   build and start the workbench
#   bash packaging/bootstrap.sh test                       build with tests and run them all
#   bash packaging/bootstrap.sh build                      only build
#
# Installs what is missing with apt-get (run as root, or have sudo), configures
# a Release build in ./build (override with SHARDSCOPE_BUILD_DIR), builds, then
# runs. The test mode treats warnings as errors, as CI does, and installs
# dynalite (npm) into the build directory for tests/compat's differential test.
set -euo pipefail

mode="${1:-run}"
[ $# -gt 0 ] && shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SHARDSCOPE_BUILD_DIR:-$root/build}"

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libgl-dev nlohmann-json3-dev libsqlite3-dev
          qtkeychain-qt6-dev)
if [ "$mode" = test ]; then
  # Real clients for the endpoint tests, and an X server for GUI checks.
  packages+=(awscli python3-boto3 xvfb xauth)
  # Test certificates for the endpoint's TLS (tests/net/tst_endpoint_security).
  packages+=(openssl)
  # Node.js runs dynalite, the differential test's reference (tests/compat).
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
  fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

werror=OFF
[ "$mode" = test ] && werror=ON
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DSHARDSCOPE_BUILD_TESTS=ON -DSHARDSCOPE_WERROR="$werror"
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
  run)
    exec "$build/app/shardscope" "$@"
    ;;
  test)
    # dynalite from npm, once per build directory (tests/compat/README.md).
    if [ ! -f "$build/node/node_modules/dynalite/cli.js" ]; then
      echo "bootstrap: installing dynalite@4 into $build/node"
      npm install --no-audit --no-fund --loglevel=error --prefix "$build/node" dynalite@4 >/dev/null
    fi
    export SHARDSCOPE_REQUIRE_DYNALITE=1
    cd "$build"
    exec ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
  build)
    ;;
  *)
    echo "usage: bootstrap.sh run|test|build" >&2
    exit 2
    ;;
esac
