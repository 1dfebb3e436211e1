# case: safe - the command-line argument picks the URL only when it is one of the allowed names
import sys

import requests

region = sys.argv[1]
if region in ("eu", "us"):
    print(requests.get("https://" + region + ".example.com/health", timeout=5).status_code)  # sink
