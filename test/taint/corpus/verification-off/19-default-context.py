# case: safe - the default SSL context checks certificates and host names
import ssl

ctx = ssl.create_default_context()  # sink
