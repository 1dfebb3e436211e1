# case: vulnerable - a name read with input() is concatenated into a LIKE pattern of the query
import sqlite3


def find_customer():
    name = input("Customer name: ").strip()
    cur = sqlite3.connect("crm.db").cursor()
    cur.execute("SELECT id, name FROM customers WHERE name LIKE '%" + name + "%'")  # expect: sql-injection-local
    for row in cur.fetchall():
        print(row)


find_customer()
