# case: vulnerable - a requests Session with certificate checks turned off
import requests

session = requests.Session()
session.verify = False  # expect: tls-verification-disabled


def fetch(url):
    return session.get(url, timeout=5).text
