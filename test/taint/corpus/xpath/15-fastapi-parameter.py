# case: vulnerable - a FastAPI str parameter in an xpath() query
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
tree = etree.parse("products.xml")


@app.get("/product")
def product(name: str):
    return {"price": tree.xpath(f"//product[name='{name}']/price/text()")}  # expect: xpath-injection
