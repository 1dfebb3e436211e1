# case: safe - the invoice number is converted with int() before it is put into the path
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/invoice")
def invoice():
    number = int(request.args["n"])
    return send_file(f"/srv/invoices/{number}.pdf")  # sink
