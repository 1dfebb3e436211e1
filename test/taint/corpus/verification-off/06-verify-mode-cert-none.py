# case: vulnerable - an SSL context that accepts any certificate
import ssl

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
ctx.verify_mode = ssl.CERT_NONE  # expect: tls-verification-disabled
