#!/usr/bin/env bash
# Installs what is missing, checks formatting, builds RM Desk with warnings as errors and runs every
# test; then builds it again with AddressSanitizer + UndefinedBehaviorSanitizer and runs every test
# once more. Exits non-zero on the first failure.
# RMDESK_SKIP_SANITIZE=1 skips the sanitizer pass (for quick local runs; CI always does both).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_deps

echo "rmdesk: checking formatting (.clang-format)"
mapfile -t sources < <(cd "$RMDESK_ROOT" && find app ui models tests -name '*.cpp' -o -name '*.h' | sort)
if ! (cd "$RMDESK_ROOT" && clang-format --dry-run --Werror "${sources[@]}"); then
  echo "rmdesk: files above are not formatted; run: clang-format -i <file>" >&2
  exit 1
fi

jobs=$(nproc)
echo "rmdesk: building and testing (build/)"
build_tree "$RMDESK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRMDESK_LINE_TABLES=ON -DRMDESK_WERROR=ON
ctest --test-dir "$RMDESK_ROOT/build" --output-on-failure -j "$jobs"

if [ "${RMDESK_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "rmdesk: building and testing with AddressSanitizer + UBSan (build-asan/)"
  build_tree "$RMDESK_ROOT/build-asan" -DCMAKE_BUILD_TYPE=Debug -DRMDESK_LINE_TABLES=ON -DRMDESK_SANITIZE=ON -DRMDESK_WERROR=ON
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1" \
  LSAN_OPTIONS="suppressions=$RMDESK_ROOT/tests/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$RMDESK_ROOT/build-asan" --output-on-failure -j "$jobs"
fi
echo "rmdesk: all tests passed"
