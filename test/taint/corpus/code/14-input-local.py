# case: vulnerable - a line typed at the prompt is evaluated with eval
while True:
    line = input(">>> ")
    if not line:
        break
    print(eval(line))  # expect: code-injection-local
