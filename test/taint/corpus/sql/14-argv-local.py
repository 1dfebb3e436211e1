# case: vulnerable - a command-line argument is concatenated into the SQL
import sqlite3
import sys

cur = sqlite3.connect("app.db").cursor()
cur.execute("DELETE FROM sessions WHERE user = '" + sys.argv[1] + "'")  # expect: sql-injection-local
