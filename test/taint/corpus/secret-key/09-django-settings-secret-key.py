# case: vulnerable - the Django SECRET_KEY in a settings module is a literal
INSTALLED_APPS = ["django.contrib.auth"]
SECRET_KEY = "django-insecure-3x@mpl3k3y"  # expect: hardcoded-secret-key-setting
