# case: vulnerable - a command-line argument is the URL fetched by requests.get
import sys

import requests

resp = requests.get(sys.argv[1], timeout=10)  # expect: ssrf-local
print(resp.status_code)
