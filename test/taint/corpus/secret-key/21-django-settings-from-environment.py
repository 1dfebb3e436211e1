# case: safe - the Django SECRET_KEY comes from the environment
import os

INSTALLED_APPS = ["django.contrib.auth"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # sink
