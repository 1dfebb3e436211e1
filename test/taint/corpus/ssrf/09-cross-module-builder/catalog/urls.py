def image_url(base, name):
    return base.rstrip("/") + "/images/" + name
