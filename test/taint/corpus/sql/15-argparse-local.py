# case: vulnerable - an argparse option is formatted into executemany's SQL
import argparse
import sqlite3

parser = argparse.ArgumentParser()
parser.add_argument("table")
args = parser.parse_args()

cur = sqlite3.connect("app.db").cursor()
cur.executemany("INSERT INTO %s (name) VALUES (?)" % args.table, [("a",), ("b",)])  # expect: sql-injection-local
