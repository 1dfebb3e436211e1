# case: safe - DEBUG is read from the environment
import os

INSTALLED_APPS = ["django.contrib.admin"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"  # sink
