# case: vulnerable - Django settings let scripts read the session cookie
ROOT_URLCONF = "site.urls"
SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
