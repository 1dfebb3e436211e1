# case: vulnerable - Django settings turn off the secure flag of the session cookie
INSTALLED_APPS = ["django.contrib.sessions"]
SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
