# case: safe - the number read with input() is converted with int() before it is evaluated
def square():
    n = int(input("n: "))
    print(eval(f"{n} * {n}"))  # sink


if __name__ == "__main__":
    square()
