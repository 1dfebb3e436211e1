def archive_command(name):
    return f"zip -r /tmp/{name}.zip /srv/exports/{name}"
