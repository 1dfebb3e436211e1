# case: safe - the helper called from another module's view passes the value as a query parameter
import sqlite3


def find_orders(customer):
    cur = sqlite3.connect("store.db").cursor()
    cur.execute("SELECT id, total FROM orders WHERE customer = ?", (customer,))  # sink
    return cur.fetchall()
