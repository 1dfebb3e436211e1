# case: vulnerable - argparse values are put into an rsync command run with shell=True
import argparse
import subprocess

parser = argparse.ArgumentParser(description="Mirror a folder")
parser.add_argument("src")
parser.add_argument("dest")
args = parser.parse_args()

subprocess.run(f"rsync -a --delete {args.src} {args.dest}", shell=True, check=True)  # expect: command-injection-local
