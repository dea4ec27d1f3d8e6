#!/usr/bin/env bash
# Installs the Debian packages that tabula's build, tests, demo and benchmarks need.
# Idempotent: checks what is missing first; runs apt-get update only when it must install.
set -euo pipefail

packages=(
    build-essential cmake make ccache pkg-config clang-format
    libgtest-dev libgmock-dev libbenchmark-dev
    libtbb-dev libopenblas-dev libfmt-dev libfast-float-dev
    nlohmann-json3-dev libcli11-dev
    libcairo2-dev fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present" >&2
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
    $sudo apt-get update >&2
    $sudo apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi
