# case: vulnerable - a file name typed at the prompt is removed with os.unlink
import os

answer = input("file to delete: ").strip()
os.unlink(answer)  # expect: path-injection-local
