# case: vulnerable - a JWT decoded with verify=False: any token is accepted
import jwt


def user_of(token):
    return jwt.decode(token, verify=False)["sub"]  # expect: jwt-verification-disabled
