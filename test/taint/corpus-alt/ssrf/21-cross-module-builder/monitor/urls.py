def status_url(host):
    return f"https://{host}/status"
