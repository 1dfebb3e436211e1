# case: vulnerable - text typed at the prompt is compiled as a template
from jinja2 import Template

source = input("template: ")
print(Template(source).render())  # expect: template-injection-local
