# case: safe - CERT_NONE is compared with, not set
import ssl


def check(ctx):
    if ctx.verify_mode == ssl.CERT_NONE:  # sink
        raise ValueError("certificate checks are off")
