# case: vulnerable - each line read with input() is run with exec in a small console
def console():
    namespace = {}
    while True:
        line = input(">>> ")
        if line == "quit":
            break
        exec(line, namespace)  # expect: code-injection-local


if __name__ == "__main__":
    console()
