# case: vulnerable - the view passes input to a renderer of another module that compiles it
import jinja2


def render_source(src):
    return jinja2.Template(src).render()  # expect: template-injection
