# case: safe - a command-line argument only fills a constant template
import sys

import jinja2

REPORT = jinja2.Template("Report for {{ host }}")
print(REPORT.render(host=sys.argv[1]))  # sink
