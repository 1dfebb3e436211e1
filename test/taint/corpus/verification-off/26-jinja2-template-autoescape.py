# case: safe - the jinja2.Template escapes
import jinja2

GREETING = jinja2.Template("<p>Hello {{ name }}</p>", autoescape=True)  # sink
