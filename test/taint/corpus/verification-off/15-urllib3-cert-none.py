# case: vulnerable - a urllib3 pool that does not check certificates
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect: tls-verification-disabled
