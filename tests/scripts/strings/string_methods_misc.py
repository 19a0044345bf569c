# Padding, justification and partition.
print("[" + "7".zfill(3) + "]")     # expect: [007]
print("[" + "ab".center(6, "-") + "]")  # expect: [--ab--]
print("[" + "ab".ljust(4) + "]" + "[" + "ab".rjust(4) + "]")  # expect: [ab  ][  ab]
print("key=value=x".partition("="))  # expect: ('key', '=', 'value=x')
print("no-sep".partition("="))      # expect: ('no-sep', '', '')
print(str.upper("direct"))          # expect: DIRECT
