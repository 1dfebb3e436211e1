# case: safe - a FastAPI parameter typed int is logged
import logging

from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger(__name__)


@app.get("/items/{item_id}")
def item(item_id: int):
    logger.info("item %s requested", item_id)  # sink
    return {"id": item_id}
