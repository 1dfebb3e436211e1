# case: vulnerable - an environment variable from os.getenv is put into an f-string statement
import os

import psycopg2


def connect():
    schema = os.getenv("APP_SCHEMA", "public")
    conn = psycopg2.connect("dbname=app")
    cur = conn.cursor()
    cur.execute(f"SET search_path TO {schema}")  # expect: sql-injection-local
    return conn
