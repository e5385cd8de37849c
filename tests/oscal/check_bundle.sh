#!/usr/bin/env bash
# Writes the OSCAL bundle in English and Japanese (`idcf export oscal-bundle -o DIR`), with the
# customer's SSP of a sample register beside it (`idcf register oscal FILE DIR`), and checks them
# with the clients people use, compliance-trestle and the `oscal` package (tests/oscal/check_bundle.py says what).
# They are installed into a virtual environment under target/ (target/oscal-venv), pinned with all their
# dependencies by tests/oscal/requirements.txt; a second run reuses it, and the `oscal` package's support
# database, kept in target/oscal-check.
set -euo pipefail
cd "$(dirname "$0")/../.."

. tests/venv.sh
venv=target/oscal-venv
make_venv "$venv" tests/oscal/requirements.txt

work="$PWD/target/oscal-check"
rm -rf "$work/en" "$work/ja"
# A register with every kind of status, for the customer's SSP written beside the bundle (customer-ssp.json).
mkdir -p "$work"
register="$work/register.json"
reg() { cargo run --locked -q --all-features --bin idcf -- register "$@"; }
reg init "$register" idcf-cloud object-storage --force >/dev/null
reg set "$register" 6.5.1 --status implemented --note "Nightly snapshots, restore tested monthly."
reg set "$register" audit-logging --status in-progress --service idcf-cloud
reg set "$register" teleworking --status not-applicable --justification "Nobody works remotely."
for lang in en ja; do
  cargo run --locked -q --all-features --bin idcf -- export oscal-bundle -o "$work/$lang" --lang "$lang" --force >/dev/null
  # The same four files again (the same bytes), and customer-ssp.json.
  reg oscal "$register" "$work/$lang" --lang "$lang" --force >/dev/null
done
OSCAL_CHECK_WORK="$work" "$venv/bin/python" tests/oscal/check_bundle.py "$work/en" "$work/ja"
