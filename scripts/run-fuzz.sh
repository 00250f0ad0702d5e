#!/usr/bin/env bash
# Fuzzes the exchange file reader and the exchange Bundle parser with libFuzzer (issue 7 §7),
# each for a bounded time: bash scripts/run-fuzz.sh [seconds per target, default 60] [libFuzzer options...]
# Seeds: tests/data/exchange/*.chx and tests/data/exchange/bundles/*.json. Corpora grow in
# build/fuzz/corpus/<target>; a crash is written to build/fuzz/crashes/<target>/ and the script
# fails. Without clang, tests/fuzz/FuzzReplayTest.cpp ([fuzz-replay]) runs the same bodies in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
scripts/install-deps.sh
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-dev 2>/dev/null | grep -q "install ok installed"; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  echo "Installing clang and its libFuzzer runtime"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends clang libclang-rt-dev
fi
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREHOUSE_BUILD_TESTS=ON \
  -DCAREHOUSE_FUZZ=ON -DCAREHOUSE_SKIP_TEST_AREAS="ui;cli;bench"
cmake --build build/fuzz -j2 --target EnvelopeReaderFuzz VersionBundleFuzz
run() {
  local target="$1" seeds="$2" pattern="$3"
  shift 3
  local corpus="build/fuzz/corpus/$target" crashes="build/fuzz/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  cp -n "$seeds"/$pattern "$corpus"/ 2>/dev/null || true
  echo "== $target for ${seconds}s"
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "build/fuzz/tests/fuzz/$target" "$corpus" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$@"
}
run EnvelopeReaderFuzz tests/data/exchange '*.chx' "$@"
run VersionBundleFuzz tests/data/exchange/bundles '*.json' "$@"
