# case: vulnerable - an SSL context that does not check the host name
import ssl

ctx = ssl.create_default_context()
ctx.check_hostname = False  # expect: tls-verification-disabled
