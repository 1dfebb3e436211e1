# case: vulnerable - the request body from sessions/views.py is unpickled by dill in a helper of another module
import dill


def load_session(blob):
    return dill.loads(blob)  # expect: unsafe-deserialization
