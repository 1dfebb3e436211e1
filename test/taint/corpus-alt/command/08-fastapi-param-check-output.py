# case: vulnerable - a FastAPI query parameter is put into a whois command run with shell=True
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/whois")
def whois(domain: str):
    out = subprocess.check_output(f"whois {domain}", shell=True, text=True)  # expect: command-injection
    return {"record": out}
