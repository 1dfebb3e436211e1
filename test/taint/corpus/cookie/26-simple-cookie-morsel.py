# case: safe - a SimpleCookie morsel with the secure and httponly attributes set
from http.cookies import SimpleCookie

cookie = SimpleCookie()
cookie["sid"] = "abc"
cookie["sid"]["secure"] = True
cookie["sid"]["httponly"] = True  # sink
print(cookie.output())
