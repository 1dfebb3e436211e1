# case: safe - the Session trusts a private CA bundle
import requests

session = requests.Session()
session.verify = "/etc/ssl/private-ca.pem"  # sink
