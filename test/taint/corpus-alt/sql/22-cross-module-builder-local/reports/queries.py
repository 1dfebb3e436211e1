def monthly_totals(table):
    return f"SELECT strftime('%Y-%m', created), SUM(total) FROM {table} GROUP BY 1"
