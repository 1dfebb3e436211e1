# case: vulnerable - a view of another module passes a query parameter to this helper, which concatenates it into SQL
import sqlite3


def find_orders(customer):
    cur = sqlite3.connect("store.db").cursor()
    cur.execute("SELECT id, total FROM orders WHERE customer = '" + customer + "'")  # expect: sql-injection
    return cur.fetchall()
