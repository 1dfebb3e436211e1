# case: safe - the environment value is converted with int() before it reaches the URL
import os

import requests

port = int(os.environ.get("PORT", "8000"))
print(requests.get("http://127.0.0.1:%d/health" % port, timeout=5).status_code)  # sink
