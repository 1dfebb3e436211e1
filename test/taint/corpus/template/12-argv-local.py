# case: vulnerable - a command-line argument is compiled as a template
import sys

import jinja2

print(jinja2.Template(sys.argv[1]).render(env="prod"))  # expect: template-injection-local
