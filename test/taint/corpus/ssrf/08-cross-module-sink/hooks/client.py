# case: vulnerable - a form URL from hooks/views.py is posted to by a helper of another module
import requests


def deliver(url, payload):
    resp = requests.post(url, json=payload, timeout=5)  # expect: ssrf
    return resp.status_code
