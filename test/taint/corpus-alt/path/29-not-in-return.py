# case: safe - the view returns early unless the language is one of LANGUAGES
from fastapi import FastAPI, HTTPException

app = FastAPI()

LANGUAGES = ("en", "fr", "de")


@app.get("/messages/{lang}")
def messages(lang: str):
    if lang not in LANGUAGES:
        raise HTTPException(status_code=404)
    with open(f"/srv/locale/{lang}.json", encoding="utf-8") as fh:  # sink
        return {"messages": fh.read()}
