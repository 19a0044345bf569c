# sys.exit raises SystemExit: finally blocks run, and a string argument is printed to
# stderr with exit status 1.
import sys
try:
    sys.exit("stopping: bad input")
finally:
    print("finally still runs")     # expect: finally still runs
print("never")
# expect runtime error: stopping: bad input
