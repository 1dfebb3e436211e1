# case: safe - the helper of another module receives the query value but passes it as a parameter
import sqlite3


def find_user(email):
    cur = sqlite3.connect("accounts.db").cursor()
    cur.execute("SELECT id FROM users WHERE email = ?", (email,))  # sink
    return cur.fetchone()
