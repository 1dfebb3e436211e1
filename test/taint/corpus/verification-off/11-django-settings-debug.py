# case: vulnerable - DEBUG = True in a Django settings module
INSTALLED_APPS = ["django.contrib.admin"]
DEBUG = True  # expect: django-debug-true
