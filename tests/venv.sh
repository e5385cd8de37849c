# Sourced by the checks that run Python clients (tests/oscal/check_bundle.sh, tests/plan/check_plan.sh):
# `make_venv DIR REQUIREMENTS` makes DIR a virtual environment with REQUIREMENTS installed, pinned, and reuses it while
# the requirements file and the Python version are the ones it was made with.
make_venv() {
  local dir="$1" requirements="$2"
  local stamp="$dir/.installed"
  local want
  want="$(sha256sum "$requirements" | cut -d' ' -f1) $(python3 --version 2>&1)"
  if [ ! -x "$dir/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "installing $requirements into $dir"
    rm -rf "$dir"
    python3 -m venv "$dir"
    "$dir/bin/pip" install -q --disable-pip-version-check -r "$requirements"
    echo "$want" > "$stamp"
  fi
}
