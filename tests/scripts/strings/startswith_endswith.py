# Prefix and suffix tests, including a tuple of candidates.
name = "worker_thread.py"
print(name.startswith("worker"))    # expect: True
print(name.endswith(".py"))         # expect: True
print(name.endswith(".rs"))         # expect: False
print(name.startswith(("main", "work")))  # expect: True
print(name.startswith("thread", 7))  # expect: True
