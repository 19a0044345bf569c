# A subclass inherits methods, may override them, and lookups go up the chain.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()

class Puppy(Dog):
    pass

p = Puppy("Rex")
print(p.speak())                    # expect: Rex says woof
print(p.kind())                     # expect: dog, an animal
print(Animal("Cat").speak())        # expect: Cat says ...
print(isinstance(p, Animal), isinstance(p, Puppy))  # expect: True True
print(issubclass(Dog, Animal), issubclass(Animal, Dog))  # expect: True False
print(type(p).__name__, Puppy.__bases__[0].__name__)  # expect: Puppy Dog
