# case: vulnerable - a view of another module passes the request body to this helper, which unpickles it
import pickle


def load_entry(raw):
    return pickle.loads(raw)  # expect: unsafe-deserialization
