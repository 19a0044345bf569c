# Subclassing Thread and overriding run(); start() calls run() in the new thread.
import threading

class Greeter(threading.Thread):
    def __init__(self, greeting):
        super().__init__(name="greeter")
        self.greeting = greeting
        self.result = None

    def run(self):
        self.result = self.greeting + " from " + self.name

g = Greeter("hello")
g.start()
g.join()
print(g.result)                     # expect: hello from greeter

class Plain(threading.Thread):
    def run(self):
        print("Plain.run in", threading.current_thread() is self)

p = Plain()
p.start()
p.join()                            # expect: Plain.run in True
