# case: safe - the environment value is converted with int() before it reaches the SQL
import os
import sqlite3

days = int(os.getenv("RETENTION_DAYS", "30"))
cur = sqlite3.connect("app.db").cursor()
cur.execute("DELETE FROM logs WHERE age > %d" % days)  # sink
