# case: vulnerable - an argparse option is evaluated with each inventory row as its namespace
import argparse
import json

parser = argparse.ArgumentParser(description="Filter the inventory")
parser.add_argument("--where", default="True")
args = parser.parse_args()

with open("inventory.json") as fh:
    rows = json.load(fh)
for row in rows:
    if eval(args.where, {}, row):  # expect: code-injection-local
        print(row)
