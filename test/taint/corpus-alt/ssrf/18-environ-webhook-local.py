# case: vulnerable - an environment variable is the URL posted to
import os

import requests


def notify(message):
    webhook = os.environ["ALERT_WEBHOOK_URL"]
    requests.post(webhook, json={"text": message}, timeout=5)  # expect: ssrf-local


if __name__ == "__main__":
    notify("backup finished")
