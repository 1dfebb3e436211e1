# case: vulnerable - a helper of another module sets the header from its parameter
def tag_response(resp, tag):
    resp.headers["X-Tag"] = tag  # expect: header-injection
    return resp
