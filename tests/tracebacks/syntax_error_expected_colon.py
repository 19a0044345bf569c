def ok():
    return 1

while True
    pass
