#!/usr/bin/env bash
# Installs the Debian 12 packages RM Desk needs, only those that are missing.
# Adds bookworm-backports to apt's sources when absent (SQLCipher 4.6.1 lives there).
# Sourced by setup.sh and test.sh; quiet when nothing is missing.
set -euo pipefail

RMDESK_PACKAGES=(
  cmake ninja-build g++ pkg-config clang-format
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libqt6opengl6-dev libgl-dev libqt6svg6 qt6-translations-l10n
  libsodium-dev libboost-test-dev unicode-data bzip2 libxlsxwriter-dev zlib1g-dev
  fonts-noto-cjk xvfb xauth
)
RMDESK_BACKPORTS=(libsqlcipher-dev sqlcipher)
RMDESK_SQLCIPHER_MIN=4.6

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

sqlcipher_ok() {
  pkg_installed libsqlcipher-dev || return 1
  local v
  v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev)
  dpkg --compare-versions "$v" ge "$RMDESK_SQLCIPHER_MIN"
}

ensure_backports() {
  if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  echo "rmdesk: adding bookworm-backports to apt's sources (for SQLCipher 4.6.1)"
  as_root tee /etc/apt/sources.list.d/rmdesk-backports.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  RMDESK_NEED_UPDATE=1
}

install_deps() {
  RMDESK_NEED_UPDATE=0
  local missing=()
  for p in "${RMDESK_PACKAGES[@]}"; do
    pkg_installed "$p" || missing+=("$p")
  done
  local need_cipher=0
  sqlcipher_ok && pkg_installed sqlcipher || need_cipher=1
  if [ ${#missing[@]} -eq 0 ] && [ $need_cipher -eq 0 ]; then
    return 0
  fi
  [ $need_cipher -eq 1 ] && ensure_backports
  if [ ${#missing[@]} -gt 0 ]; then
    echo "rmdesk: installing missing packages: ${missing[*]}"
  fi
  [ $need_cipher -eq 1 ] && echo "rmdesk: installing SQLCipher 4.6.1 from bookworm-backports"
  export DEBIAN_FRONTEND=noninteractive
  # Always refresh the lists once before installing: a fresh machine has none cached.
  as_root apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [ $need_cipher -eq 1 ]; then
    as_root apt-get install -y -qq --no-install-recommends -t bookworm-backports "${RMDESK_BACKPORTS[@]}" >/dev/null
  fi
  sqlcipher_ok || { echo "rmdesk: SQLCipher >= $RMDESK_SQLCIPHER_MIN could not be installed" >&2; return 1; }
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  install_deps
fi
