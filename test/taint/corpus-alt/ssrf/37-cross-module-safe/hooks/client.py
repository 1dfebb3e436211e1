# case: safe - the helper called from another module's view returns early unless the URL's netloc is allowed
from urllib.parse import urlparse

import requests

ALLOWED_HOSTS = {"hooks.slack.com"}


def notify(hook_url, event):
    if urlparse(hook_url).netloc not in ALLOWED_HOSTS:
        return None
    return requests.post(hook_url, json=event, timeout=5)  # sink
