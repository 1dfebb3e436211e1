# case: safe - the command-line argument is converted with int() before it reaches eval
import sys

count = int(sys.argv[1])
print(eval("%d ** 2" % count))  # sink
