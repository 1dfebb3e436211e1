# case: vulnerable - an argparse value goes through a query builder of another module into cursor.execute
import argparse
import sqlite3

from reports.queries import monthly_totals


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", default="orders")
    args = parser.parse_args()
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute(monthly_totals(args.table))  # expect: sql-injection-local
    for month, total in cur.fetchall():
        print(month, total)


if __name__ == "__main__":
    main()
