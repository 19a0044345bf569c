# Dict views compare with sets; sys.stdin iterates by lines (empty here: the harness
# closes stdin) and has closed/encoding attributes.
import sys
print({1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1:2}.keys() == {2: 1}.values(), {1: 2}.keys() == {1: 3}.keys())
n = 0
for line in sys.stdin:
    n += len(line)
print(n, sys.stdin.closed, sys.stdout.encoding)
# expect: True True False True
# expect: 0 False utf-8
