# case: safe - ALLOWED_HOSTS names the real host
ROOT_URLCONF = "site.urls"
ALLOWED_HOSTS = ["app.example.com", ".example.com"]  # sink
