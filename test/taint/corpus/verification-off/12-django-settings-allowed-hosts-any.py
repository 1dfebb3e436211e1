# case: vulnerable - ALLOWED_HOSTS accepts any Host header
ROOT_URLCONF = "site.urls"
ALLOWED_HOSTS = ["*"]  # expect: django-allowed-hosts-any
