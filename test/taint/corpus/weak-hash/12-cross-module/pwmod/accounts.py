from pwmod.crypto import digest


def create(username, password):
    return {"user": username, "pw": digest(password)}
