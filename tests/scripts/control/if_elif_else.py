# Exactly one branch of an if/elif/else chain runs.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 7, 42]:
    print(classify(n))
# expect: negative
# expect: zero
# expect: small
# expect: large
if []:
    print("empty list is true")
else:
    print("empty list is false")    # expect: empty list is false
if "text":
    print("non-empty string is true")  # expect: non-empty string is true
