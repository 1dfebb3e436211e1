# case: vulnerable - an environment variable is the base URL posted to by httpx
import os

import httpx

endpoint = os.getenv("REPORT_ENDPOINT", "http://localhost:9000")
httpx.post(endpoint + "/report", json={"ok": True})  # expect: ssrf-local
