# case: vulnerable - an argparse value is joined into the folder created with os.makedirs
import argparse
import os

parser = argparse.ArgumentParser()
parser.add_argument("--out", default="build-output")
args = parser.parse_args()

os.makedirs(os.path.join(args.out, "reports"), exist_ok=True)  # expect: path-injection-local
