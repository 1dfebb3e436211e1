# case: safe - the command-line argument is passed as a query parameter
import sqlite3
import sys

cur = sqlite3.connect("app.db").cursor()
cur.execute("DELETE FROM sessions WHERE user = ?", (sys.argv[1],))  # sink
