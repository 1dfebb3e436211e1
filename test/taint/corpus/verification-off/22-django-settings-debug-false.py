# case: safe - DEBUG is off in the settings module
INSTALLED_APPS = ["django.contrib.admin"]
DEBUG = False  # sink
