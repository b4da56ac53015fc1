#!/usr/bin/env bash
# Installs what is missing, builds RM Desk and starts it. Extra arguments go to rmdesk
# (for example: --lang en).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_deps
build_tree "$RMDESK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<MSG
rmdesk: built, but there is no display to show the window on (DISPLAY is not set).
Start it from a desktop session, or on a virtual screen:
  xvfb-run -a $RMDESK_ROOT/build/app/rmdesk
MSG
  exit 1
fi
# RM Desk starts with its sign-in window; "Create new database…" makes the first one.
exec "$RMDESK_ROOT/build/app/rmdesk" "$@"
