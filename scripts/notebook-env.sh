#!/usr/bin/env bash
# Creates or updates the notebook's Python environment in .venv-notebook/ from
# notebooks/requirements.txt. Installs only when requirements.txt has changed
# since the last successful install (its sha256 is kept in the venv), and
# touches nothing outside the venv: no user-wide packages or Jupyter kernels.
#
#   bash scripts/notebook-env.sh          # python3 from PATH (3.11 or later)
#   PYTHON=python3.12 bash scripts/notebook-env.sh
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-notebook
requirements=notebooks/requirements.txt
stamp="$venv/.requirements.sha256"
python=${PYTHON:-python3}

fail() {
  echo "notebook-env: $*" >&2
  exit 1
}

command -v "$python" >/dev/null 2>&1 || fail "$python not found: install Python 3.11 or later (Debian: apt-get install python3-venv)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
  fail "$python is $("$python" --version 2>&1); the notebook's pandas needs Python 3.11 or later (set PYTHON=...)"

# One installer at a time (a test run and a terminal may both ask): a lock on
# requirements.txt itself, so no lock file is left behind.
exec 9<"$requirements"
flock 9

if ! "$venv/bin/python" -c '' >/dev/null 2>&1; then
  echo "notebook-env: creating $venv with $("$python" --version 2>&1)"
  "$python" -m venv --clear "$venv" ||
    fail "'$python -m venv' failed; on Debian or Ubuntu, apt-get install python3-venv"
fi

wanted=$(sha256sum "$requirements" | cut -d ' ' -f 1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "notebook-env: $venv is up to date with $requirements"
  exit 0
fi

echo "notebook-env: installing $requirements into $venv"
rm -f "$stamp"
PIP_REQUIRE_VIRTUALENV=1 "$venv/bin/python" -m pip install \
  --disable-pip-version-check --no-input --quiet -r "$requirements"
echo "$wanted" >"$stamp"
echo "notebook-env: ready; run $venv/bin/jupyter lab notebooks/stancegraph.ipynb"
