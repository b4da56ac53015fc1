# Shared by run.sh and test.sh: install what is missing, then configure and build a tree quietly.
# Usage: source scripts/common.sh; build_tree DIR [cmake options...]
set -euo pipefail
RMDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$RMDESK_ROOT/scripts/deps.sh"

build_tree() {
  local dir=$1
  shift
  local log="$dir/rmdesk-build.log"
  mkdir -p "$dir"
  if [ ! -f "$dir/build.ninja" ]; then
    echo "rmdesk: configuring $dir"
    cmake -S "$RMDESK_ROOT" -B "$dir" -G Ninja "$@" >"$log" 2>&1 || { cat "$log"; return 1; }
  fi
  if ninja -C "$dir" -n 2>/dev/null | grep -q '^\['; then
    echo "rmdesk: building in $dir (log: $log)"
  fi
  ninja -C "$dir" >"$log" 2>&1 || { cat "$log"; echo "rmdesk: the build failed (log: $log)" >&2; return 1; }
}
