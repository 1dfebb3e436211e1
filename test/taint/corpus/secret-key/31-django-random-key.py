# case: safe - the Django SECRET_KEY is generated when the settings load
from django.core.management.utils import get_random_secret_key

INSTALLED_APPS = ["django.contrib.auth"]
SECRET_KEY = get_random_secret_key()  # sink
