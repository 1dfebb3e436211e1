# case: safe - the argparse value is passed in the parameters argument of cursor.execute
import argparse
import sqlite3

parser = argparse.ArgumentParser()
parser.add_argument("user")
args = parser.parse_args()

cur = sqlite3.connect("audit.db").cursor()
cur.execute("SELECT action, at FROM audit WHERE user = ?", (args.user,))  # sink
for action, at in cur.fetchall():
    print(at, action)
