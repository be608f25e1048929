#!/usr/bin/env bash
# Installs with apt what the project needs on Debian bookworm; a fast no-op when all is present.
#   scripts/install-deps.sh            # build + tests
#   scripts/install-deps.sh --bench    # + the peers: NumPy, numba, numexpr, matplotlib, mpmath
#   scripts/install-deps.sh --arm      # + the aarch64 cross toolchain, qemu and arm64 libraries
# Uses sudo only when not root.
set -euo pipefail

packages=(g++ cmake make pkg-config dpkg-dev xz-utils libhwy-dev libtbb-dev libgtest-dev libgmock-dev
          libbenchmark-dev libmpfr-dev)
arm=0
for arg in "$@"; do
  case "$arg" in
    --bench) packages+=(python3-numpy python3-numba python3-numexpr python3-matplotlib python3-mpmath) ;;
    --arm) arm=1
           packages+=(g++-aarch64-linux-gnu qemu-user libhwy-dev:arm64 libtbb-dev:arm64
                      libgtest-dev:arm64 libgmock-dev:arm64 libmpfr-dev:arm64) ;;
    *) echo "usage: $0 [--bench] [--arm]" >&2; exit 2 ;;
  esac
done

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive

if [ "$arm" = 1 ] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
  $SUDO dpkg --add-architecture arm64
  $SUDO apt-get update -qq
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | head -n 1 || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: nothing missing"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
