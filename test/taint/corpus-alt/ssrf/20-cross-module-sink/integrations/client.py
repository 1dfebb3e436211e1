# case: vulnerable - a view of another module passes a form field to this helper, which posts to it
import requests


def notify(hook_url, event):
    return requests.post(hook_url, json=event, timeout=5)  # expect: ssrf
