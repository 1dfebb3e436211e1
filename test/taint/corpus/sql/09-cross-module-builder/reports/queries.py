def order_by(column):
    return "SELECT * FROM sales ORDER BY " + column
