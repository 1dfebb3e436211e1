# case: vulnerable - a query built from a query value in inventory/views.py is executed by a helper of another module
import sqlite3


def run_query(sql):
    cur = sqlite3.connect("inventory.db").cursor()
    cur.execute(sql)  # expect: sql-injection
    return cur.fetchall()
