import time
print("time imported")              # expect: time imported
import no_such_module_here          # expect runtime error: ModuleNotFoundError: No module named 'no_such_module_here'
