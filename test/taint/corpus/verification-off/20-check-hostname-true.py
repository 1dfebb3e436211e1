# case: safe - host name checking is switched on explicitly
import ssl

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = True  # sink
ctx.verify_mode = ssl.CERT_REQUIRED
