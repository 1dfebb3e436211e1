# case: vulnerable - a pattern typed at the prompt
import re

needle = input("pattern: ")
print(re.findall(needle, "some text to search"))  # expect: regex-injection-local
