# User exception classes derive from Exception; str(e) is the message, e.args the
# arguments.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("bad key: " + key)
        self.key = key

try:
    raise ConfigError("port")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)  # expect: ConfigError bad key: port port ('bad key: port',)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")    # expect: ValueError() True
print(repr(KeyError("k")), repr(ValueError("a", 2)))  # expect: KeyError('k') ValueError('a', 2)
raise ConfigError("host")           # expect runtime error: ConfigError: bad key: host
