# case: safe - a FastAPI parameter typed int in the expression
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
tree = etree.parse("products.xml")


@app.get("/product/{pid}")
def product(pid: int):
    return {"name": tree.xpath("//product[@id=%d]/name/text()" % pid)}  # sink
