"""Runs a notebook headlessly with nbclient and writes the executed copy elsewhere.

    .venv-notebook/bin/python notebooks/run_notebook.py notebooks/stancegraph.ipynb \\
        --out /tmp/stancegraph-run.ipynb

The kernel is this interpreter's own ipykernel (the notebook venv's python),
whatever Jupyter kernels are registered elsewhere on the machine. Cells run in
the notebook's folder, so ``import stancegraph_client`` works, against the API
named by STANCEGRAPH_URL. The executed notebook goes to ``--out`` and never
over the input. Every cell runs even when an earlier one fails; the last line
printed is a JSON report, ``{"output": path, "errors": [...]}``, with one
entry per failed cell (index, tags, error name and value), and the exit code
is 1 when any cell failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from traitlets import default


class ThisPythonKernelManager(AsyncKernelManager):
    """Starts the ipykernel of the running interpreter, ignoring registered kernelspecs."""

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        # With no kernel folders to search, only the running interpreter's own
        # ipykernel ("python3", started with sys.executable) is left.
        return KernelSpecManager(kernel_dirs=[], parent=self)


def cell_errors(nb: nbformat.NotebookNode) -> list[dict[str, object]]:
    errors = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                errors.append(
                    {
                        "cell": index,
                        "tags": cell.get("metadata", {}).get("tags", []),
                        "ename": output.get("ename"),
                        "evalue": output.get("evalue"),
                    }
                )
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument(
        "--out", type=Path, required=True, help="where to write the executed notebook"
    )
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed per cell")
    args = parser.parse_args()

    source = args.notebook.resolve()
    out = args.out.resolve()
    if out == source:
        parser.error("--out must differ from the notebook, which is kept without outputs")

    nb = nbformat.read(source, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name="python3",
        kernel_manager_class=ThisPythonKernelManager,
        timeout=args.timeout,
        allow_errors=True,
        resources={"metadata": {"path": str(source.parent)}},
    )
    client.execute()
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)

    errors = cell_errors(nb)
    print(json.dumps({"output": str(out), "errors": errors}))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
