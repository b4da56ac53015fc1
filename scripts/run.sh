#!/usr/bin/env bash
# Installs what is missing, builds RM Desk and starts it. Extra arguments go to rmdesk
# (for example: --lang en).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_deps
build_tree "$RMDESK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRMDESK_LINE_TABLES=ON

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<MSG
rmdesk: built, but there is no display to show the window on (DISPLAY is not set).
Start it from a desktop session, or on a virtual screen:
  xvfb-run -a bash $RMDESK_ROOT/scripts/run.sh
MSG
  exit 1
fi
# The first time, a demo database with synthetic customers is made (its password is for the demo
# only; the data in it is generated, not real). Use "Create new database…" for a real one.
demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/rmdesk"
demo_db="$demo_dir/demo.rmdb"
demo_password="demo-password"
cli="$RMDESK_ROOT/build/app/rmdesk-cli"
if [ ! -f "$demo_db" ]; then
  mkdir -p "$demo_dir"
  echo "rmdesk: creating the demo database $demo_db (20,000 synthetic customers with three years of"
  echo "        history, about a minute)"
  printf '%s\n' "$demo_password" |
    "$cli" --password-stdin init --db "$demo_db" --admin admin --kdf interactive >/dev/null
  printf '%s\n%s\n' "$demo_password" "$demo_password" |
    "$cli" --db "$demo_db" --user admin --password-stdin demo --customers 20000 --seed 1 >/dev/null
  # Last month's lifecycle stages, their transitions and the retention figures.
  printf '%s\n' "$demo_password" |
    "$cli" --db "$demo_db" --user admin --password-stdin stage run >/dev/null
fi
echo "rmdesk: demo database $demo_db; every demo user's password is '$demo_password'"
echo "        (admin; supervisors such as sup.bj01; relationship managers: see 'user list')"
exec "$RMDESK_ROOT/build/app/rmdesk" --db "$demo_db" "$@"
