# self.method() dispatches on the instance's class, so a base-class method calls the
# subclass override (the template-method pattern Thread.run relies on).
class Task:
    def execute(self):
        return "start/" + self.step() + "/end"

    def step(self):
        return "base step"

class Custom(Task):
    def step(self):
        return "custom step"

print(Task().execute())             # expect: start/base step/end
print(Custom().execute())           # expect: start/custom step/end
