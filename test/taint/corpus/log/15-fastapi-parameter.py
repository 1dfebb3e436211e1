# case: vulnerable - a FastAPI str parameter logged as it is
import logging

from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger(__name__)


@app.get("/hello")
def hello(name: str):
    logger.info("hello from %s", name)  # expect: log-injection
    return {"ok": True}
