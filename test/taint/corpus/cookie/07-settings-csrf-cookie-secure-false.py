# case: vulnerable - the CSRF cookie is allowed over plain HTTP
MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]
CSRF_COOKIE_SECURE = False  # expect: insecure-cookie
