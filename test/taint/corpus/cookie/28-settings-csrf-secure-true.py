# case: safe - the CSRF cookie stays secure
MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]
CSRF_COOKIE_SECURE = True  # sink
