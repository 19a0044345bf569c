from time import no_such_name       # expect runtime error: ImportError: cannot import name 'no_such_name' from 'time' (unknown location)
