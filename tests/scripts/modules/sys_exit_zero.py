# sys.exit() and sys.exit(0) end the program successfully.
import sys
print("before")                     # expect: before
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)  # expect: caught SystemExit 0
sys.exit()
print("never")
