class Account:
    def __init__(self, owner):
        self.owner = owner

    def describe(self):
        return self.owner.upper() + self.balance

acct = Account("ada")
print(acct.describe())
