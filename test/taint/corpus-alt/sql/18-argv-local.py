# case: vulnerable - a command-line argument is %-formatted into a DELETE statement
import sqlite3
import sys

if __name__ == "__main__":
    conn = sqlite3.connect("jobs.db")
    cur = conn.cursor()
    cur.execute("DELETE FROM jobs WHERE queue = '%s'" % sys.argv[1])  # expect: sql-injection-local
    conn.commit()
