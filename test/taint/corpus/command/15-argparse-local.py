# case: vulnerable - an argparse option is run through a shell by subprocess.check_call
import argparse
import subprocess

parser = argparse.ArgumentParser()
parser.add_argument("--branch", default="main")
args = parser.parse_args()

subprocess.check_call("git checkout " + args.branch, shell=True)  # expect: command-injection-local
