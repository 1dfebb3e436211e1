def rsync_command(target):
    return "rsync -a /srv/data " + target
