# case: vulnerable - a jinja2.Template made without autoescape, which is off by default
import jinja2

GREETING = jinja2.Template("<p>Hello {{ name }}</p>")  # expect: template-autoescape-disabled
