# An exception raised while handling another is reported after it ("During handling
# of the above exception, another exception occurred:"); exit status is 1.
try:
    1 / 0
except ZeroDivisionError:
    raise RuntimeError("while handling")
# expect stderr: ZeroDivisionError: division by zero
# expect stderr: During handling of the above exception, another exception occurred:
# expect runtime error: RuntimeError: while handling
