"""Drives notebooks/stancegraph_client.py into each kind of failure and prints what it raised.

    .venv-notebook/bin/python test/notebook/client_errors.py http://127.0.0.1:4000/graphql

Prints one JSON object: for each case, the exception's class, ``code``,
``status``, message and the ``extensions.code`` of every GraphQL error it
carries (null when nothing was raised). Used by test/notebook/notebook.test.ts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "notebooks"))

import stancegraph_client as sg  # noqa: E402


def outcome(call: Callable[[], Any]) -> dict[str, Any] | None:
    try:
        call()
    except sg.StancegraphError as error:
        return {
            "type": type(error).__name__,
            "code": error.code,
            "status": error.status,
            "message": error.message,
            "errorCodes": [(e.get("extensions") or {}).get("code") for e in error.errors],
        }
    return None


def main() -> None:
    url = sys.argv[1]
    api = sg.connect(url)
    cases = {
        "unknownActorName": lambda: api.neighborhood("Nobody At All", 1),
        "unknownActorIdSentToApi": lambda: api.execute(
            "query ($id: ID!) { neighborhood(actorId: $id) { depth } }", id="nobody-at-all"
        ),
        "depthOutOfRange": lambda: api.neighborhood("zelensky", 7),
        "unknownField": lambda: api.execute("{ actor(id: \"zelensky\") { shoeSize } }"),
        "unreachable": lambda: sg.connect("http://127.0.0.1:1/graphql"),
        "knownActor": lambda: api.neighborhood("zelensky", 1),
    }
    print(json.dumps({name: outcome(call) for name, call in cases.items()}))


if __name__ == "__main__":
    main()
