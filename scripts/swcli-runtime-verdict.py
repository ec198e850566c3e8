"""swcli's own verdict on runtime.yaml files: each is loaded as `swcli runtime build` loads it
(RuntimeConfig.create_by_yaml). Run with the python of a venv that has starwhale installed.
Prints one JSON object per file: {"file", "ok", "error"}."""
import json
import sys
from pathlib import Path

from starwhale.core.runtime.model import RuntimeConfig

for arg in sys.argv[1:]:
    try:
        RuntimeConfig.create_by_yaml(Path(arg))
        verdict = {"file": arg, "ok": True, "error": ""}
    except Exception as e:  # every refusal is a verdict, whatever its class
        verdict = {"file": arg, "ok": False, "error": f"{type(e).__name__}: {e}".splitlines()[0]}
    print(json.dumps(verdict), flush=True)
