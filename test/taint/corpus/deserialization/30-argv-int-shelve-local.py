# case: safe - int() of the command-line argument leaves only a number in the shelf name
import shelve
import sys

shard = int(sys.argv[1])
with shelve.open("/var/cache/app/shard-%d" % shard) as db:  # sink
    print(len(db))
