# case: safe - the view returns early unless the region is one of REGIONS, so only allowed names reach shelve.open
import shelve

from flask import Flask

app = Flask(__name__)

REGIONS = ("eu", "us", "apac")


@app.route("/rates/<region>")
def rates(region):
    if region not in REGIONS:
        return "unknown region", 404
    with shelve.open("/srv/cache/rates-" + region) as db:  # sink
        return dict(db)
