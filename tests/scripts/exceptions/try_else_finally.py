# else runs when the try block raised nothing; finally runs in every case.
def attempt(divisor):
    try:
        result = 10 / divisor
    except ZeroDivisionError:
        print("except")
    else:
        print("else", result)
    finally:
        print("finally")

attempt(2)
# expect: else 5.0
# expect: finally
attempt(0)
# expect: except
# expect: finally
