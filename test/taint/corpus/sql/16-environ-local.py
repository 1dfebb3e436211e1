# case: vulnerable - an environment variable is concatenated into the SQL with augmented assignment
import os
import sqlite3

sql = "SELECT * FROM jobs WHERE queue = '"
sql += os.environ["QUEUE"]
sql += "'"
cur = sqlite3.connect("jobs.db").cursor()
cur.execute(sql)  # expect: sql-injection-local
