# case: vulnerable - a FastAPI query parameter is the source path of shutil.copy
import shutil

from fastapi import FastAPI

app = FastAPI()


@app.post("/publish")
def publish(draft: str):
    shutil.copy("/srv/drafts/" + draft, "/srv/public/")  # expect: path-injection
    return {"published": draft}
