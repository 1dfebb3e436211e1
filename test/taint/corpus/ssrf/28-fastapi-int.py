# case: safe - a FastAPI parameter converted with int() is the only input in the URL
import httpx

from fastapi import FastAPI

app = FastAPI()


@app.get("/users")
def user(user_id: str):
    return httpx.get("https://api.example.com/users/" + str(int(user_id))).json()  # sink
