# case: vulnerable - a socket wrapped with certificate checks off
import socket
import ssl

sock = socket.create_connection(("example.com", 443))
tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # expect: tls-verification-disabled
