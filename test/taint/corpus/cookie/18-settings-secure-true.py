# case: safe - Django settings keep the session cookie secure
INSTALLED_APPS = ["django.contrib.sessions"]
SESSION_COOKIE_SECURE = True  # sink
