def page_path(slug):
    return "/srv/docs/" + slug + ".md"
