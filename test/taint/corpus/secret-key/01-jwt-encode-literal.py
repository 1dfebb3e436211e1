# case: vulnerable - a JWT signed with a key written in the source
import jwt


def issue(user_id):
    return jwt.encode({"sub": user_id}, "s3cr3t-signing-key", algorithm="HS256")  # expect: hardcoded-secret-key
