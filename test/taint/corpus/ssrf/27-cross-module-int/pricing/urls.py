def price_url(item_id):
    return "https://prices.example.com/items/%d" % int(item_id)
