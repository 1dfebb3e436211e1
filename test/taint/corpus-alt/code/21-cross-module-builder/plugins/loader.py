def import_statement(name):
    return "import plugins.contrib." + name + " as plugin"
