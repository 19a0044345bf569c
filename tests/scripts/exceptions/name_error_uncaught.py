print(undefined)                    # expect runtime error: NameError: name 'undefined' is not defined
