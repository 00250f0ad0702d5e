#!/usr/bin/env bash
# Builds CareHouse (release), creates a demo practice if there is none, and opens the main window.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREHOUSE_BUILD_TESTS=OFF
cmake --build build/release -j2
db="${CAREHOUSE_DB:-$HOME/.local/share/CareHouse/demo-practice.carehouse}"
mkdir -p "$(dirname "$db")"
if [ ! -f "$db" ]; then
  echo "Creating the demo practice in $db (about 800 people with diabetes)..."
  build/release/app/carehouse-cli --db "$db" demo --people 800 --years 5 --seed 1
fi
exec build/release/app/carehouse --db "$db" "$@"
