# case: safe - Django settings keep the session cookie httponly
ROOT_URLCONF = "site.urls"
SESSION_COOKIE_HTTPONLY = True  # sink
