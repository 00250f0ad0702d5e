#!/usr/bin/env bash
# Builds a release tree and runs the benchmarks on a 50,000-person, 5-year demo area.
# Extra arguments go to carehouse-bench (e.g. --people 5000 for a quick look, --reuse).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAREHOUSE_BUILD_TESTS=ON -DCAREHOUSE_SKIP_TEST_AREAS="ui;cli"
cmake --build build/bench -j2 --target carehouse carehouse-bench carehouse-letter-bench carehouse-questionnaire-bench carehouse-careplan-bench carehouse-exchange-bench property_tests
build/bench/tests/bench/carehouse-bench --out bench-results --gui build/bench/app/carehouse "$@"
# Results letters: 1,000 composed and printed into one PDF, memory sampled as it goes.
QT_QPA_PLATFORM=offscreen build/bench/tests/bench/carehouse-letter-bench bench-results
# Questionnaires: a generated 200-item questionnaire imported and its form model built (goal < 50 ms).
build/bench/tests/bench/carehouse-questionnaire-bench bench-results
# Care planning: the consultation screen opened for the person with the most history (goal < 100 ms).
QT_QPA_PLATFORM=offscreen build/bench/tests/bench/carehouse-careplan-bench bench-results
# Peer exchange: first full exchange of a practice and of the area above (copied, not changed), and an
# everyday exchange of one clinic day's changes (goal < 1 s from export to applied).
build/bench/tests/bench/carehouse-exchange-bench --out bench-results --area
# Sync convergence: the property test at 10,000 random operations over 5 sites (time and exchange rounds).
CAREHOUSE_PROPERTY_OPS=10000 CAREHOUSE_PROPERTY_SEEDS=1 CAREHOUSE_PROPERTY_SITES=5 build/bench/tests/property_tests \
  "Sites exchanging versions over a lossy\, reordering post converge on one record"
