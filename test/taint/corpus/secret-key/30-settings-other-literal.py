# case: safe - a settings module with literals, none of them a key
INSTALLED_APPS = ["django.contrib.auth"]
SECRET_KEY_LENGTH = 50
TIME_ZONE = "UTC"  # sink
