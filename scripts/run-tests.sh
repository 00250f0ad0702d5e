#!/usr/bin/env bash
# Builds CareHouse with AddressSanitizer and UndefinedBehaviorSanitizer and runs every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAREHOUSE_SANITIZE=ON -DCAREHOUSE_BUILD_TESTS=ON
cmake --build build/test -j2
cd build/test
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 600
