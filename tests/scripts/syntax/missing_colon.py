x = 1
if x > 0                            # expect syntax error: expected ':'
    print(x)
