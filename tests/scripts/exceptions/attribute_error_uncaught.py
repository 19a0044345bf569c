class Account:
    pass

Account().balance                   # expect runtime error: AttributeError: 'Account' object has no attribute 'balance'
